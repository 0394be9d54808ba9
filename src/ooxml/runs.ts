/** Runs (`w:r`): user text becomes `w:t`, tabs `w:tab`, line breaks `w:br`. */
import { escapeAttr, escapeText, sanitizeText } from './escape';

export interface RunProps {
  /** Character style id, e.g. "PlaceholderText". */
  style?: string;
  bold?: boolean;
  /** Size in points. */
  sizePt?: number;
}

export function runProps(props: RunProps = {}): string {
  let inner = '';
  if (props.style) inner += `<w:rStyle w:val="${escapeAttr(props.style)}"/>`;
  if (props.bold) inner += '<w:b/><w:bCs/>';
  if (props.sizePt !== undefined) {
    const half = Math.round(props.sizePt * 2);
    inner += `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
  }
  return inner ? `<w:rPr>${inner}</w:rPr>` : '';
}

/**
 * The run content for a text: `w:t` pieces separated by `<w:tab/>` and `<w:br/>`.
 * The text is sanitised here (forbidden characters removed, CR LF -> LF, NFC), so callers cannot forget.
 */
export function textContent(text: string): string {
  const clean = sanitizeText(text);
  let out = '';
  for (const piece of clean.split(/([\t\n])/)) {
    if (piece === '\t') out += '<w:tab/>';
    else if (piece === '\n') out += '<w:br/>';
    else if (piece !== '') out += `<w:t xml:space="preserve">${escapeText(piece)}</w:t>`;
  }
  return out;
}

/** One run holding `text`; '' when the sanitised text is empty. */
export function textRun(text: string, props?: RunProps): string {
  const content = textContent(text);
  return content ? `<w:r>${runProps(props)}${content}</w:r>` : '';
}

/** A run showing placeholder (instruction) text in the grey `PlaceholderText` style. */
export function placeholderRun(text: string): string {
  return textRun(text, { style: 'PlaceholderText' });
}
