/**
 * Content controls (`w:sdt`) for template fields, as every reader recognises them (DESIGN.md §2, §8):
 * tag `bctt.<fieldId>`, alias = the field's label, deletion locked (contents editable),
 * placeholder docPart `BCTT_<fieldId>` and `w:showingPlcHdr` only while empty.
 */
import { tagOf } from '../core/template';
import { escapeAttr } from './escape';

/** How the control is typed in `w:sdtPr`: plain text, picture, or rich (block) content. */
export type ControlType = 'text' | 'picture' | 'rich';

export interface ControlOptions {
  fieldId: string;
  /** Shown by Word as the control's title. */
  alias: string;
  /** `w:id`, unique in the document. */
  id: number;
  type: ControlType;
  /** True when the control is empty and shows its instruction. */
  showingPlaceholder: boolean;
  /** Plain-text controls only: allow line breaks (set when the value holds one). */
  multiLine?: boolean;
}

/** Name of the glossary docPart that holds a field's instruction. */
export function docPartName(fieldId: string): string {
  return `BCTT_${fieldId}`;
}

export function controlProps(o: ControlOptions): string {
  let typeElement = '';
  if (o.type === 'text') typeElement = o.multiLine ? '<w:text w:multiLine="1"/>' : '<w:text/>';
  else if (o.type === 'picture') typeElement = '<w:picture/>';
  return (
    '<w:sdtPr>' +
    `<w:alias w:val="${escapeAttr(o.alias)}"/>` +
    `<w:tag w:val="${escapeAttr(tagOf(o.fieldId))}"/>` +
    `<w:id w:val="${o.id}"/>` +
    '<w:lock w:val="sdtLocked"/>' +
    `<w:placeholder><w:docPart w:val="${escapeAttr(docPartName(o.fieldId))}"/></w:placeholder>` +
    (o.showingPlaceholder ? '<w:showingPlcHdr/>' : '') +
    typeElement +
    '</w:sdtPr>'
  );
}

/** A run-level control inside a paragraph; `runs` is its run content. */
export function inlineControl(o: ControlOptions, runs: string): string {
  return `<w:sdt>${controlProps(o)}<w:sdtContent>${runs}</w:sdtContent></w:sdt>`;
}

/** A block-level control around paragraphs and/or tables. */
export function blockControl(o: ControlOptions, blocks: string): string {
  return `<w:sdt>${controlProps(o)}<w:sdtContent>${blocks}</w:sdtContent></w:sdt>`;
}
