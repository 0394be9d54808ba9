/** Placeholder while the Photo view is being written; replaced shortly. */
export default function PhotoView() {
  return null;
}
