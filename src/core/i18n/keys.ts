/**
 * Every message key, typed from the catalogs themselves: a key that is in no catalog does not type-check. Areas
 * whose keys are built (findings' per-field keys, the settings', the forms', the editor's and the task pane's large
 * tables) are typed by their prefix. Type-only: importing this adds no message to a bundle.
 */
import type { boot } from './catalogs/boot';
import type { calendar } from './catalogs/calendar';
import type { cli } from './catalogs/cli';
import type { docx } from './catalogs/docx';
import type { graph } from './catalogs/graph';
import type { host } from './catalogs/host';
import type { inbox } from './catalogs/inbox';
import type { inboxPage } from './catalogs/inboxPage';
import type { mail } from './catalogs/mail';
import type { relay } from './catalogs/relay';
import type { word } from './catalogs/word';

type KeysOf<A extends { vi: object }> = Extract<keyof A['vi'], string>;

export type MessageKey =
  | KeysOf<typeof boot>
  | KeysOf<typeof calendar>
  | KeysOf<typeof cli>
  | KeysOf<typeof docx>
  | KeysOf<typeof graph>
  | KeysOf<typeof host>
  | KeysOf<typeof inbox>
  | KeysOf<typeof inboxPage>
  | KeysOf<typeof mail>
  | KeysOf<typeof relay>
  | KeysOf<typeof word>
  | `editor.${string}`
  | `findings.${string}`
  | `forms.${string}`
  | `settings.${string}`
  | `ui.${string}`;

export type MessageParams = Record<string, string | number>;
