/**
 * The report file's type, as every upload, attachment and download declares it, and the names of new reports before
 * they are saved (ASCII, like the names of sent reports: ./fileName.ts).
 */
import type { TemplateKind } from '../template/types';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const NEW_FILE_NAMES: Readonly<Record<TemplateKind, string>> = {
  individual: 'BCTT_CaNhan.docx',
  collective: 'BCTT_TapThe.docx',
};
