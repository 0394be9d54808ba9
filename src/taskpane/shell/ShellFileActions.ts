/**
 * File mode's document actions: open a .docx from disk, create a new template, download the current file. The hook
 * is light; the actions themselves (reading, the working copy, the report's file name) are in ./fileActions.ts,
 * loaded on first use (first-view budget, DESIGN.md §7): a chunk that cannot load fails the action with its
 * message, and nothing is replaced.
 */
import { useCallback, useRef } from 'react';
import { AppError } from '../../core/errors';
import { DOCX_MIME } from '../../core/mail/docxFile';
import type { TemplateKind } from '../../core/template/types';
import { useChecks } from '../state/checks';
import { useHostApi } from '../state/host';
import { useNavigation } from '../state/navigation';
import { useSettings } from '../state/settings';
import type { FileActionContext } from './fileActions';


export function isDocxFile(file: { name: string; type?: string }): boolean {
  return /\.docx$/i.test(file.name) || file.type === DOCX_MIME;
}

/** The actions' chunk; offline, a localised error (the action does nothing). */
const actions = () =>
  import(/* webpackChunkName: "file-actions" */ './fileActions').catch((cause: unknown) => {
    throw new AppError('ui.action.loadFailed', {}, cause);
  });

/** Opens, creates and downloads files; errors are thrown as AppErrors (callers run them through useAction). */
export function useFileActions() {
  const { setHost, host, fileName, factory } = useHostApi();
  const { go } = useNavigation();
  const { result } = useChecks();
  const { settings } = useSettings();
  // The state when an action runs (not when it was bound).
  const context = useRef<FileActionContext>(null as unknown as FileActionContext);
  context.current = { setHost, host, fileName, factory, go, result, settings };

  const openFile = useCallback(async (file: File) => {
    if (!isDocxFile(file)) throw new AppError('ui.file.notDocx', { name: file.name });
    await (await actions()).openFile(context.current, file);
  }, []);

  const createTemplate = useCallback(async (kind: TemplateKind) => (await actions()).createTemplate(context.current, kind), []);

  const download = useCallback(async () => {
    if (!context.current.host) return;
    await (await actions()).download(context.current);
  }, []);

  return { openFile, createTemplate, download };
}
