/**
 * word/document.xml for a template kind, empty or filled, in the letter's order:
 * individual: title, 4x6 photo frame, "- Họ tên: […]", "- Sinh năm: […]", "- Chức vụ, đơn vị công tác: […]",
 * summary heading, [tomTat], models heading, [moHinh]; collective: title, "Tên tập thể: […]", then the same two sections.
 */
import { TEMPLATES } from '../core/template';
import type { FieldSpec, TemplateKind } from '../core/template';
import { blockControl, inlineControl } from './contentControl';
import type { ControlOptions } from './contentControl';
import { inlinePicture } from './drawing';
import type { InlinePicture } from './drawing';
import { sanitizeText } from './escape';
import { aliasOf, controlIdOf } from './fields';
import { sectPr } from './layout';
import { NS, XML_DECLARATION } from './namespaces';
import { paragraph } from './paragraphs';
import { photoFrame } from './photoFrame';
import { placeholderRun, textRun } from './runs';
import { modelsTable } from './table';
import type { ModelRowCells } from './table';

export interface DocumentContent {
  /** Text and year fields by field id (e.g. hoTen, sinhNam, chucVuDonVi, tenTapThe). */
  fields?: Readonly<Record<string, string>>;
  /** Summary paragraphs, in order. */
  summary?: readonly string[];
  /** Body rows of the models table; TT is numbered automatically. */
  models?: readonly ModelRowCells[];
  /** The photo already placed in the package (relationship id and extent in EMU). */
  photo?: Pick<InlinePicture, 'relId' | 'widthEmu' | 'heightEmu'>;
}

export interface DocumentRelIds {
  headerDefault: string;
  headerFirst: string;
}

function options(kind: TemplateKind, field: FieldSpec, showingPlaceholder: boolean): ControlOptions {
  // Rich text for every kind (see contentControl.ts for why).
  return { fieldId: field.id, alias: aliasOf(kind, field), id: controlIdOf(kind, field.id), showingPlaceholder };
}

function textFieldParagraph(kind: TemplateKind, field: FieldSpec, value: string, dash: boolean): string {
  const clean = sanitizeText(value);
  const empty = clean === '';
  const o = options(kind, field, empty);
  const label = `${dash ? '- ' : ''}${field.label?.vi ?? ''}: `;
  return paragraph(textRun(label) + inlineControl(o, empty ? placeholderRun(field.instruction) : textRun(clean)));
}

function photoBlock(kind: TemplateKind, field: FieldSpec, photo: DocumentContent['photo']): string {
  const o = options(kind, field, !photo);
  const runs = photo
    ? `<w:r><w:rPr><w:noProof/></w:rPr>${inlinePicture({
        ...photo,
        docPrId: 1,
        name: 'Ảnh 4x6',
        description: field.instruction,
      })}</w:r>`
    : placeholderRun(field.instruction);
  return photoFrame(inlineControl(o, runs));
}

function summaryBlock(kind: TemplateKind, field: FieldSpec, summary: readonly string[]): string {
  const paragraphs = summary.map(sanitizeText);
  const empty = !paragraphs.some((p) => p !== '');
  const body = empty
    ? paragraph(placeholderRun(field.instruction))
    : paragraphs.map((p) => paragraph(textRun(p))).join('');
  return blockControl(options(kind, field, empty), body);
}

function modelsBlock(kind: TemplateKind, field: FieldSpec, rows: readonly ModelRowCells[]): string {
  // The table always has at least one (numbered) row, so the control never shows its placeholder.
  return blockControl(options(kind, field, false), modelsTable(rows));
}

/**
 * One field's content control alone, as block-level WordprocessingML (a paragraph or the control itself), for Word's
 * `insertOoxml` (restoring a deleted field, or replacing an older picture control): the same control as in the
 * template, so tag, alias, deletion lock and placeholder come with it and no setter is needed afterwards.
 * - text and year fields: one paragraph, with the label ("- Họ tên: ") when `withLabel`, else the control alone;
 * - the photo: the control in its 4x6 frame, empty or holding `photo`;
 * - summary and table: the block control (the table with one empty numbered row).
 */
export function fieldBlock(
  kind: TemplateKind,
  fieldId: string,
  opts: { withLabel?: boolean; photo?: DocumentContent['photo'] } = {},
): string {
  const field = TEMPLATES[kind].fields.find((f) => f.id === fieldId);
  if (!field) throw new Error(`Unknown field ${fieldId} for template ${kind}`);
  switch (field.kind) {
    case 'picture':
      return photoBlock(kind, field, opts.photo);
    case 'text':
    case 'year':
      if (opts.withLabel) return textFieldParagraph(kind, field, '', kind === 'individual');
      return paragraph(inlineControl(options(kind, field, true), placeholderRun(field.instruction)));
    case 'richText':
      return summaryBlock(kind, field, []);
    case 'table':
      return modelsBlock(kind, field, []);
  }
}

/** The body (without `w:body`) for `kind` and optional content. */
export function documentBody(kind: TemplateKind, content: DocumentContent, relIds: DocumentRelIds): string {
  const spec = TEMPLATES[kind];
  const fields = content.fields ?? {};
  let body = paragraph(textRun(spec.title.vi), { style: 'Title' });
  for (const field of spec.fields) {
    switch (field.kind) {
      case 'picture':
        body += photoBlock(kind, field, content.photo);
        break;
      case 'text':
      case 'year':
        body += textFieldParagraph(kind, field, fields[field.id] ?? '', kind === 'individual');
        break;
      case 'richText':
        body += paragraph(textRun(spec.headings.summary), { style: 'Heading1' });
        body += summaryBlock(kind, field, content.summary ?? []);
        break;
      case 'table':
        body += paragraph(textRun(spec.headings.models), { style: 'Heading1' });
        body += modelsBlock(kind, field, content.models ?? []);
        break;
    }
  }
  // Word needs a paragraph after a table at the end of the body.
  body += paragraph('', { spacingAfterTwips: 0 });
  return body + sectPr({ default: relIds.headerDefault, first: relIds.headerFirst });
}

export function documentXml(kind: TemplateKind, content: DocumentContent, relIds: DocumentRelIds): string {
  return (
    XML_DECLARATION +
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}">` +
    `<w:body>${documentBody(kind, content, relIds)}</w:body></w:document>`
  );
}
