/** Placeholder while the Fields view is being written; replaced shortly. */
export default function FieldsView() {
  return null;
}
