/**
 * Where the pane runs, decided at start-up (DESIGN.md §4):
 * - no `Office` global (office.js blocked or offline) -> file mode;
 * - office.js loaded but no host (a plain browser tab) or a host other than Word -> file mode;
 * - Word -> word mode, with Office's display language and theme.
 * Never waits longer than `timeoutMs` for Office.onReady before showing file mode; but a slow Word start is not the
 * end of it: it keeps listening, and when Office answers "Word" later `onLateWord` is called so the pane can switch.
 * The Office global is read through src/word/office.ts, the one reader of it.
 */
import { officeGlobal as readOfficeGlobal, type OfficeGlobal } from '../../word/office';

export type PaneMode = 'word' | 'file';
export type ThemeChoice = 'light' | 'dark' | 'system';

export interface BootInfo {
  mode: PaneMode;
  /** Office's display language ("vi-VN", "en-US"), or null outside Office. */
  displayLanguage: string | null;
  /** Word mode: Office's theme; file mode: the browser's colour scheme ('system'). */
  theme: ThemeChoice;
}

/** The part of the Office global used here (typed loosely: office.js may be missing or partial). */
export type OfficeLike = OfficeGlobal;

export const DEFAULT_BOOT_TIMEOUT_MS = 3000;

export function officeGlobal(): OfficeLike | undefined {
  return readOfficeGlobal();
}

const FILE_MODE: BootInfo = { mode: 'file', displayLanguage: null, theme: 'system' };

export interface DetectOptions {
  office?: OfficeLike;
  timeoutMs?: number;
  /** Called once if Office answers "Word" after the timeout already chose file mode. */
  onLateWord?: (info: BootInfo) => void;
}

export function detectEnvironment(options: DetectOptions = {}): Promise<BootInfo> {
  const office = 'office' in options ? options.office : officeGlobal();
  if (!office) return Promise.resolve(FILE_MODE);
  const timeoutMs = options.timeoutMs ?? DEFAULT_BOOT_TIMEOUT_MS;
  return new Promise<BootInfo>((resolve) => {
    let settled = false;
    const finish = (info: BootInfo) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(info);
    };
    const timer = setTimeout(() => finish(FILE_MODE), timeoutMs);
    let ready: Promise<{ host: unknown }>;
    try {
      ready = office.onReady();
    } catch {
      finish(FILE_MODE);
      return;
    }
    Promise.resolve(ready).then(
      (info) => {
        const word = office.HostType?.Word ?? 'Word';
        if (!info || info.host !== word) return finish(FILE_MODE);
        const wordInfo: BootInfo = {
          mode: 'word',
          displayLanguage: office.context?.displayLanguage ?? null,
          theme: themeOf(office.context?.officeTheme),
        };
        if (settled) options.onLateWord?.(wordInfo); // Word answered after the timeout: let the pane switch
        else finish(wordInfo);
      },
      () => finish(FILE_MODE),
    );
  });
}

/** Dark when Office says so, else when the task pane's background colour is dark. */
export function themeOf(theme: Partial<Office.OfficeTheme> | null | undefined): 'light' | 'dark' {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const luminance = relativeLuminance(theme.bodyBackgroundColor);
  return luminance !== null && luminance < 0.4 ? 'dark' : 'light';
}

/** Luminance (0 black … 1 white) of "#rrggbb" or "#rgb"; null for anything else. */
export function relativeLuminance(color: string | undefined): number | null {
  if (!color) return null;
  let hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}
