/**
 * DocumentSnapshot: everything a host (Word live, or a .docx file) reports about a document.
 * Rules read only this; hosts only produce it. Plain data, JSON-serialisable.
 */
import type { FieldVia, TemplateVia } from './template/recognize';
import type { TemplateKind } from './template/types';

/** A send recorded in the document (see the send view and `check`). */
export interface SendRecord {
  /** ISO 8601 instant. */
  at: string;
  path: 'graph' | 'relay' | 'manual';
  to: string;
  receipt?: string;
  /** Reporting period the send belongs to, e.g. "2026-Q4". */
  period?: string;
}

export interface PictureInfo {
  /** Size of the picture as placed in the document, in EMU (1 mm = 36,000 EMU). */
  widthEmu: number;
  heightEmu: number;
  /** Pixel size of the image itself, when the host can tell. */
  pixelWidth?: number;
  pixelHeight?: number;
}

export interface FieldSnapshot {
  /** Field id, e.g. "hoTen" (the content control's tag is `bctt.<id>`). */
  id: string;
  /** The text the person wrote; '' while the control shows its placeholder. Not normalised. */
  text: string;
  /** True when the control is empty and displays its placeholder (instruction) text. */
  showingPlaceholder: boolean;
  /** Rich-text fields: the paragraphs, in order (same text as `text`, split). */
  paragraphs?: string[];
  /** Picture fields: the picture inside the control, or null when there is none. */
  picture?: PictureInfo | null;
  /**
   * How the field was found when not by its tag (DESIGN.md §8): by its control's alias/title or placeholder docPart
   * (another program dropped the tag), or by the template's label or heading (the control itself is gone).
   * Absent when found by tag.
   */
  via?: Exclude<FieldVia, 'tag'>;
}

export interface TableSnapshot {
  /** Header cells as found in the document, in order. */
  header: string[];
  /** Body rows, each an array of cell texts in document column order (header row excluded). */
  rows: string[][];
}

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
}

/** Body text grouped by font and size; `chars` counts non-space characters written in that run style. */
export interface FontUsage {
  name: string;
  /** Point size, or null when unknown. */
  sizePt: number | null;
  chars: number;
  /** Up to a few hundred characters of text written in this font, for legacy-encoding detection. */
  sample: string;
}

export type PagesSource = 'layout' | 'app.xml' | 'estimate';

export interface DocumentSnapshot {
  /** The template recorded in the document (custom XML part / document setting), or null when none. */
  template: { id: TemplateKind; version: string } | null;
  /** How the template was recognised when not from the custom XML part: from the fields' controls or the headings. */
  templateVia?: Exclude<TemplateVia, 'part'>;
  /** Fields found in the document, keyed by field id. A field absent here was deleted. */
  fields: Record<string, FieldSnapshot>;
  /** The models/projects table (inside the `bctt.moHinh` control), or null when it is missing. */
  table: TableSnapshot | null;
  /** The whole document's text, paragraphs joined by "\n", without placeholder text of empty controls. */
  bodyText: string;
  /** Page count when the host knows it; null when it does not (rules then estimate). */
  pages: { count: number; source: Exclude<PagesSource, 'estimate'> } | null;
  /** Page setup of the (first) section, or null when unknown. */
  pageSetup: PageSetup | null;
  /** Fonts and sizes used by body text; empty when unknown. */
  fonts: FontUsage[];
  /**
   * The quarter the report is written for, as recorded when the template was made ("2026-Q4"); absent when the
   * document does not record one (then the deadline follows today's date).
   */
  period?: string;
  /** Sends recorded in the document, oldest first. */
  sendHistory: SendRecord[];
  /** What the host could not read (e.g. "pages", "pageSetup", "fonts"), so the UI can say so. */
  unavailable: string[];
}

/** A snapshot of an empty document with nothing known; handy for hosts and tests to start from. */
export function emptySnapshot(): DocumentSnapshot {
  return {
    template: null,
    fields: {},
    table: null,
    bodyText: '',
    pages: null,
    pageSetup: null,
    fonts: [],
    sendHistory: [],
    unavailable: [],
  };
}
