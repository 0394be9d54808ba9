import type { CatalogArea } from '../types';
import { boot } from './boot';
import { calendar } from './calendar';
import { cli } from './cli';
import { docx } from './docx';
import { editor } from './editor';
import { findings } from './findings';
import { forms } from './forms';
import { graph } from './graph';
import { host } from './host';
import { inbox } from './inbox';
import { inboxPage } from './inboxPage';
import { mail } from './mail';
import { relay } from './relay';
import { settings } from './settings';
import { ui } from './ui';
import { word } from './word';

/** Every area's catalog. Each area owns its key prefix ("findings.", "docx.", …). */
export const AREAS: Readonly<Record<string, CatalogArea>> = { boot, calendar, cli, docx, editor, findings, forms, graph, host, inbox, inboxPage, mail, relay, settings, ui, word };
