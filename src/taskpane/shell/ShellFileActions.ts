/**
 * File mode's document actions: open a .docx from disk, create a new template, download the current file.
 * Hosts come from the factory the boot code gave the app (src/taskpane/boot/fileHost.ts), never built here.
 */
import { useCallback } from 'react';
import { AppError } from '../../core/errors';
import type { DocumentHost } from '../../core/host';
import type { TemplateKind } from '../../core/template/types';
import { fileSession } from '../state/fileSession';
import { useChecks } from '../state/checks';
import { useHostApi } from '../state/host';
import { clearWorkingCopy } from '../state/workingCopy';
import { useNavigation } from '../state/navigation';
import { readInWorker } from '../state/fileReading';
import { useSettings } from '../state/settings';
import { reportFileName } from './reportFileName';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** File names of new templates: ASCII, like the names of sent reports (src/core/mail/fileName.ts). */
export const NEW_FILE_NAMES: Readonly<Record<TemplateKind, string>> = { individual: 'BCTT_CaNhan.docx', collective: 'BCTT_TapThe.docx' };

export function isDocxFile(file: { name: string; type?: string }): boolean {
  return /\.docx$/i.test(file.name) || file.type === DOCX_MIME;
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

/** Opens, creates and downloads files; errors are thrown as AppErrors (callers run them through useAction). */
export function useFileActions() {
  const { setHost, host, fileName, factory } = useHostApi();
  const { go } = useNavigation();
  const { result } = useChecks();
  const { settings } = useSettings();
  // The name the Send view shows (BCTT_2026-Q4_CaNhan_…) once the document is a report, else the file's own name.
  const downloadName = (result && reportFileName(result, settings)) || fileName || 'BCTT.docx';

  const openFile = useCallback(
    async (file: File) => {
      if (!isDocxFile(file)) throw new AppError('ui.file.notDocx', { name: file.name });
      // Changes not downloaded are not replaced without asking.
      if (!(await fileSession.confirmReplace())) return;
      const bytes = await readBytes(file);
      if (!factory) throw new AppError('ui.file.readFailed', { name: file.name });
      // Read first in a worker (caps, time), with progress and cancel: the page never freezes on a crafted file.
      await readInWorker(bytes, file.name);
      const opened: DocumentHost = await factory.open(bytes);
      fileSession.markSaved();
      await forgetWorkingCopy();
      setHost(opened, file.name);
      go('checklist');
    },
    [setHost, go, factory],
  );

  const createTemplate = useCallback(
    async (kind: TemplateKind) => {
      if (!(await fileSession.confirmReplace())) return;
      if (!factory) throw new AppError('ui.file.readFailed', { name: NEW_FILE_NAMES[kind] });
      const created: DocumentHost = await factory.create(kind);
      fileSession.markSaved();
      await forgetWorkingCopy();
      setHost(created, NEW_FILE_NAMES[kind]);
      go('checklist');
    },
    [setHost, go, factory],
  );

  const download = useCallback(async () => {
    if (!host) return;
    const bytes = await host.fileBytes();
    const blob = new Blob([bytes as BlobPart], { type: DOCX_MIME });
    const url = URL.createObjectURL(blob);
    try {
      const a = document.createElement('a');
      a.href = url;
      a.download = downloadName;
      a.rel = 'noopener';
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      a.remove();
    } finally {
      // Revoke after the click has been handled by the browser.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }
    fileSession.markSaved();
    await forgetWorkingCopy();
  }, [host, downloadName]);

  return { openFile, createTemplate, download };
}
