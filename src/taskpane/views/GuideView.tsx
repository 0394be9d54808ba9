/** Placeholder while the Guide view is being written; replaced shortly. */
export default function GuideView() {
  return null;
}
