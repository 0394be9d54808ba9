/** Placeholder while the Send view is being written; replaced shortly. */
export default function SendView() {
  return null;
}
