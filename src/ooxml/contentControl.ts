/**
 * Content controls (`w:sdt`) for template fields: tag `bctt.<fieldId>`, alias = the field's label, deletion locked
 * (`w:lock sdtLocked`: Word's `cannotDelete`, contents editable), placeholder docPart `BCTT_<fieldId>` and
 * `w:showingPlcHdr` only while empty.
 *
 * Every field is a RICH-TEXT control (no `w:text`, `w:picture`… type element), the photo too (a rich-text control
 * holding the inline picture). Plain-text and picture controls are not reachable everywhere:
 * - `Body.contentControls`/`Document.contentControls` are documented as the rich-text controls; other types need
 *   `getContentControls({types})` (WordApi 1.5), and plain-text controls are reported missing from
 *   `contentControls.items` (https://github.com/OfficeDev/office-js/issues/2160, /issues/6144);
 * - picture controls are `Word.ContentControlType.picture`, WordApiDesktop 1.3 (not Word on the web), and
 *   `insertInlinePictureFromBase64(…, 'Replace')` into one is NotAllowed on the web
 *   (https://github.com/OfficeDev/office-js/issues/3434).
 * Documents written by older versions (plain-text and picture controls) are still read: the readers key on the tag.
 */
import { tagOf } from '../core/template';
import { escapeAttr } from './escape';

export interface ControlOptions {
  fieldId: string;
  /** Shown by Word as the control's title. */
  alias: string;
  /** `w:id`, unique in the document. */
  id: number;
  /** True when the control is empty and shows its instruction. */
  showingPlaceholder: boolean;
}

/** Name of the glossary docPart that holds a field's instruction. */
export function docPartName(fieldId: string): string {
  return `BCTT_${fieldId}`;
}

export function controlProps(o: ControlOptions): string {
  return (
    '<w:sdtPr>' +
    `<w:alias w:val="${escapeAttr(o.alias)}"/>` +
    `<w:tag w:val="${escapeAttr(tagOf(o.fieldId))}"/>` +
    `<w:id w:val="${o.id}"/>` +
    '<w:lock w:val="sdtLocked"/>' +
    `<w:placeholder><w:docPart w:val="${escapeAttr(docPartName(o.fieldId))}"/></w:placeholder>` +
    (o.showingPlaceholder ? '<w:showingPlcHdr/>' : '') +
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
