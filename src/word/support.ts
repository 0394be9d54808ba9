/**
 * Requirement sets the Word host uses, detected once (DESIGN.md §6). The manifest's floor is WordApi 1.3;
 * everything newer is optional and has a fallback:
 *   WordApi 1.3         createDocument(base64).open(), tables, getFirst…OrNullObject, Range.getRange  (floor)
 *   WordApi 1.4         custom XML part (template identity, send history)   -> template inferred from the fields; no history
 *   WordApi 1.5         ContentControl.onDataChanged                          -> selection-changed events
 *   WordApi 1.6         Document.onParagraphChanged/Added/Deleted              -> content-control events, then selection events
 *   WordApi 1.7         InsertFileOptions.importDifferentOddEvenPages          -> left out of the options
 *   WordApiDesktop 1.2  activeWindow.activePane.pages (real page count)        -> rules estimate pages from words
 *   WordApiDesktop 1.3  Section.pageSetup (read and apply page setup)          -> format findings ask the user to check by hand
 *   CompressedFile 1.1  getFileAsync(Office.FileType.Compressed)               -> sending says which set is missing
 */
import type { OfficeEnv } from './env';

export interface WordSupport {
  api13: boolean;
  api14: boolean;
  api15: boolean;
  api16: boolean;
  api17: boolean;
  desktop12: boolean;
  desktop13: boolean;
  /** Office.FileType.Compressed for getFileAsync (CompressedFile set). */
  compressedFile: boolean;
}

export function detectSupport(env: Pick<OfficeEnv, 'isSetSupported'>): WordSupport {
  const has = (name: string, version: string): boolean => {
    try {
      return env.isSetSupported(name, version) === true;
    } catch {
      return false;
    }
  };
  return {
    api13: has('WordApi', '1.3'),
    api14: has('WordApi', '1.4'),
    api15: has('WordApi', '1.5'),
    api16: has('WordApi', '1.6'),
    api17: has('WordApi', '1.7'),
    desktop12: has('WordApiDesktop', '1.2'),
    desktop13: has('WordApiDesktop', '1.3'),
    compressedFile: has('CompressedFile', '1.1'),
  };
}

export const SETS = {
  api13: 'WordApi 1.3',
  api14: 'WordApi 1.4',
  api15: 'WordApi 1.5',
  api16: 'WordApi 1.6',
  api17: 'WordApi 1.7',
  desktop12: 'WordApiDesktop 1.2',
  desktop13: 'WordApiDesktop 1.3',
  compressedFile: 'CompressedFile 1.1',
} as const;
