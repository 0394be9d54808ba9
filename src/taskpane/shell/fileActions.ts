/**
 * File mode's document actions themselves (open a .docx from disk, create a new template, download the current file),
 * loaded on first use by useFileActions (./ShellFileActions.ts): the first view carries only the hook (first-view
 * budget, DESIGN.md §7). If this chunk cannot load, the action fails with its message and nothing is replaced.
 * Hosts come from the factory the boot code gave the app (src/taskpane/boot/fileHost.ts), never built here.
 */
import { AppError } from '../../core/errors';
import { NEW_FILE_NAMES } from '../../core/mail/docxFile';
import type { DocumentHost } from '../../core/host';
import type { Settings } from '../../core/settings';
import type { TemplateKind } from '../../core/template/types';
import type { CheckResult } from '../state/checks';
import { fileSession } from '../state/fileSession';
import type { HostFactory } from '../state/host';
import type { ViewId } from '../state/navigation';
import { clearWorkingCopy } from '../state/workingCopy';
import { readInWorker } from '../state/fileReading';
import { downloadBytes } from '../ui/downloadBytes';
import { reportFileName } from './reportFileName';

/** What the actions work with: the pane's state when the action runs (from useFileActions). */
export interface FileActionContext {
  host: DocumentHost | null;
  fileName: string | null;
  factory: HostFactory | null;
  setHost: (host: DocumentHost, fileName: string) => void;
  go: (view: ViewId) => void;
  result: CheckResult | null;
  settings: Settings;
}

async function readBytes(file: File): Promise<Uint8Array> {
  try {
    if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
    return await new Promise<Uint8Array>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(file);
    });
  } catch (cause) {
    throw new AppError('ui.file.readFailed', { name: file.name }, cause);
  }
}

/** The working copy is a safety net: failing to remove it must not fail the action. */
async function forgetWorkingCopy(): Promise<void> {
  try {
    await clearWorkingCopy();
  } catch {
    // IndexedDB unavailable (private mode, quota): nothing to forget.
  }
}

/** Opens a .docx (already checked to be one by useFileActions), after asking when it would replace changes. */
export async function openFile(ctx: FileActionContext, file: File): Promise<void> {
  // Changes not downloaded are not replaced without asking.
  if (!(await fileSession.confirmReplace())) return;
  const bytes = await readBytes(file);
  if (!ctx.factory) throw new AppError('ui.file.readFailed', { name: file.name });
  // Read first in a worker (caps, time), with progress and cancel: the page never freezes on a crafted file.
  await readInWorker(bytes, file.name);
  const opened: DocumentHost = await ctx.factory.open(bytes);
  fileSession.markSaved();
  await forgetWorkingCopy();
  ctx.setHost(opened, file.name);
  ctx.go('checklist');
}

export async function createTemplate(ctx: FileActionContext, kind: TemplateKind): Promise<void> {
  if (!(await fileSession.confirmReplace())) return;
  if (!ctx.factory) throw new AppError('ui.file.readFailed', { name: NEW_FILE_NAMES[kind] });
  const created: DocumentHost = await ctx.factory.create(kind);
  fileSession.markSaved();
  await forgetWorkingCopy();
  ctx.setHost(created, NEW_FILE_NAMES[kind]);
  ctx.go('checklist');
}

export async function download(ctx: FileActionContext): Promise<void> {
  const { host, result, settings, fileName } = ctx;
  if (!host) return;
  // The name the Send view shows (BCTT_2026-Q4_CaNhan_…) once the document is a report, else the file's own name.
  const downloadName = (result && reportFileName(result, settings)) || fileName || 'BCTT.docx';
  const bytes = await host.fileBytes();
  downloadBytes(bytes, downloadName);
  fileSession.markSaved();
  await forgetWorkingCopy();
}
