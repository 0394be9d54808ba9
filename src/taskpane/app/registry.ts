/**
 * Every view of the pane, loaded on demand: each is its own chunk, so the first render only carries the shell
 * (DESIGN.md §7: initial JavaScript under 100 KB gzip). Views switch with state, not a router (DESIGN.md §6).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { DEFAULT_LANG, ERROR_AREAS, LATER_UI, loadCatalogs } from '../../core/i18n';
import type { ViewId } from '../state/navigation';

type ViewModule = { default: ComponentType };

export interface ViewEntry {
  load: () => Promise<ViewModule>;
  /** Views that work on the open document; without one the shell explains what to do instead. */
  needsDocument: boolean;
}

export const VIEWS: Readonly<Record<ViewId, ViewEntry>> = {
  start: { load: () => import(/* webpackChunkName: "view-start" */ '../views/start/StartView'), needsDocument: false },
  checklist: { load: () => import(/* webpackChunkName: "view-checklist" */ '../views/checklist/ChecklistView'), needsDocument: false },
  fields: { load: () => import(/* webpackChunkName: "view-fields" */ '../views/fields/FieldsView'), needsDocument: true },
  photo: { load: () => import(/* webpackChunkName: "view-photo" */ '../views/photo/PhotoView'), needsDocument: true },
  guide: { load: () => import(/* webpackChunkName: "view-guide" */ '../views/guide/GuideView'), needsDocument: true },
  models: { load: () => import(/* webpackChunkName: "view-models" */ '../views/models/ModelsView'), needsDocument: true },
  send: { load: () => import(/* webpackChunkName: "view-send" */ '../views/send/SendView'), needsDocument: true },
  settings: { load: () => import(/* webpackChunkName: "view-settings" */ '../views/settings/SettingsView'), needsDocument: false },
};

/** Navigation order. */
export const VIEW_ORDER: readonly ViewId[] = ['start', 'checklist', 'fields', 'photo', 'guide', 'models', 'send', 'settings'];

const cache = new Map<ViewId, LazyExoticComponent<ComponentType>>();

/** The lazy component of a view (one per view, so React keeps its state between renders). */
export function lazyView(id: ViewId): LazyExoticComponent<ComponentType> {
  let component = cache.get(id);
  if (!component) {
    const entry = VIEWS[id];
    // Views of the open document show findings, a host's refusals and settings problems: their messages come with
    // them (deferred in the browser build), with the ui's later ones; the settings view shows settings problems. The
    // first views (start, check list) do not wait for any: the check list's findings come from a check, which loads
    // the messages with the rule engine (src/taskpane/state/checks.tsx) before any result exists, and an error loads
    // its own (ErrorMessage).
    const messages = entry.needsDocument ? ['findings', ...ERROR_AREAS, ...LATER_UI] : id === 'settings' ? [...ERROR_AREAS, ...LATER_UI] : [];
    component = lazy(
      messages.length ? () => Promise.all([entry.load(), loadCatalogs(DEFAULT_LANG, messages)]).then(([module]) => module) : entry.load,
    );
    cache.set(id, component);
  }
  return component;
}

/** Forget a view whose chunk failed to load, so "try again" fetches it anew (React.lazy keeps a failed promise). */
export function forgetView(id: ViewId): void {
  cache.delete(id);
}
