/** Paragraphs (`w:p`) with the few paragraph properties the templates use. */
import { escapeAttr } from './escape';

export type Alignment = 'left' | 'center' | 'right' | 'both';

export interface ParagraphProps {
  /** Paragraph style id, e.g. "Title", "Heading1", "Normal". */
  style?: string;
  keepNext?: boolean;
  spacingBeforeTwips?: number;
  spacingAfterTwips?: number;
  firstLineTwips?: number;
  align?: Alignment;
}

export function paragraphProps(props: ParagraphProps = {}): string {
  let inner = '';
  if (props.style) inner += `<w:pStyle w:val="${escapeAttr(props.style)}"/>`;
  if (props.keepNext) inner += '<w:keepNext/>';
  if (props.spacingBeforeTwips !== undefined || props.spacingAfterTwips !== undefined) {
    inner += '<w:spacing';
    if (props.spacingBeforeTwips !== undefined) inner += ` w:before="${props.spacingBeforeTwips}"`;
    if (props.spacingAfterTwips !== undefined) inner += ` w:after="${props.spacingAfterTwips}"`;
    inner += '/>';
  }
  if (props.firstLineTwips !== undefined) inner += `<w:ind w:firstLine="${props.firstLineTwips}"/>`;
  if (props.align) inner += `<w:jc w:val="${props.align}"/>`;
  return inner ? `<w:pPr>${inner}</w:pPr>` : '';
}

/** A paragraph around already-built run-level content (runs, inline content controls). */
export function paragraph(content: string, props?: ParagraphProps): string {
  return `<w:p>${paragraphProps(props)}${content}</w:p>`;
}
