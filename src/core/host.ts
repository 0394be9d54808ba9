/**
 * DocumentHost: what the task pane can ask of a document, whoever holds it.
 * Two implementations: WordHost (Office.js, src/word) and FileHost (a .docx in memory, src/docx).
 * Components receive a host from context and never import Office (DESIGN.md §2, §5.3).
 */
import type { FindingTarget, FixDescriptor } from './rules/types';
import type { DocumentSnapshot, SendRecord } from './snapshot';
import type { SummaryBlock } from './summaryBlocks';
import type { ModelRow } from './template/modelsTable';
import type { TemplateKind } from './template/types';

export type { ModelRow } from './template/modelsTable';

export type InsertMode = 'newDocument' | 'here';

/**
 * Asked before an edit removes words the person wrote: the words that would go, in document order.
 * Resolves true to go ahead; false leaves the document as it was.
 */
export type RemovalConfirmer = (removed: string[]) => Promise<boolean>;

/** What a host can do; the UI hides or explains what is missing. */
export interface HostCapabilities {
  /** 'word' inside Office, 'file' for a .docx opened in a browser. */
  kind: 'word' | 'file';
  insertModes: InsertMode[];
  /** Page count from real layout (Word desktop with WordApiDesktop 1.2). */
  layoutPages: boolean;
  /** Live change events (content controls / paragraphs). */
  liveEvents: boolean;
  /** Fixes this host can carry out. */
  fixes: FixDescriptor['kind'][];
}

export interface DocumentHost {
  readonly capabilities: HostCapabilities;
  /** Insert a template as a new document or into the current one. Refuses to overwrite content unless `overwrite`. */
  insertTemplate(kind: TemplateKind, mode: InsertMode, options?: { overwrite?: boolean }): Promise<void>;
  /** Everything the rules need, read in one go. */
  snapshot(): Promise<DocumentSnapshot>;
  /** Select (and scroll to) the place of a finding. */
  goTo(target: FindingTarget): Promise<void>;
  applyFix(fix: FixDescriptor): Promise<void>;
  /** Write a text field's value (empty string restores the placeholder). */
  setField(fieldId: string, value: string): Promise<void>;
  /** Put a picture in the photo frame. */
  setPhoto(bytes: Uint8Array): Promise<void>;
  readTable(): Promise<ModelRow[]>;
  /** Replace the table's body rows (TT numbered 1..n; header and formatting kept). */
  writeTable(rows: ModelRow[]): Promise<void>;
  /** Insert text paragraphs (e.g. the writing guide's headings) into the summary. */
  insertSummarySkeleton(headings: string[]): Promise<void>;
  /**
   * The summary as structured paragraphs (headings, bold/italic, lists); [] while it shows its placeholder.
   * File mode only (the browser's summary editor); inside Word, Word itself is the editor.
   */
  readSummary?(): Promise<SummaryBlock[]>;
  /** Replace the summary with these paragraphs, in the template's styles; no text restores the placeholder. File mode only. */
  writeSummary?(blocks: SummaryBlock[]): Promise<void>;
  /** The document as .docx bytes. */
  fileBytes(): Promise<Uint8Array>;
  recordSend(record: SendRecord): Promise<void>;
  /**
   * Record the quarter the report is written for ("2026-Q4") in the report's custom XML part; the deadline follows
   * it. Optional: a host that cannot store it (Word without WordApi 1.4) leaves it out and the pane hides the choice.
   */
  setReportPeriod?(label: string): Promise<void>;
  /**
   * Who confirms an edit (fix, restore, insert, table write) that would remove words the person wrote; the task pane
   * shows them in a dialog. Without one, such an edit is refused with `host.wouldRemoveText`; declined, with
   * `host.removalDeclined`. Either way the document stays as it was.
   */
  setRemovalConfirmer?(confirmer: RemovalConfirmer | null): void;
  /** Subscribe to document changes (debounced by the caller); returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
}
