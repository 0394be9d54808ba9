/** Placeholder while the Models view is being written; replaced shortly. */
export default function ModelsView() {
  return null;
}
