import type { CatalogArea } from '../types';
import { uiEn } from './ui.en';
import { uiLater } from './uiLater';
import { uiVi } from './ui.vi';

/**
 * Messages of the `ui` area. Keys are prefixed with "ui.". Both languages must have every key (tested). Each language
 * is its own module so the task pane can download only the language it shows (src/core/i18n/uiMessages.web.ts); the
 * messages only later parts show are in ./uiLater.ts, downloaded with those parts.
 */
export const ui: CatalogArea = { vi: { ...uiVi, ...uiLater.vi }, en: { ...uiEn, ...uiLater.en } };
