/**
 * WordHost: DocumentHost over Office.js (DESIGN.md §2, §6). The only Word code in the product, besides the ribbon
 * command adapter in ./commands.ts. Office is reached only through the injected OfficeEnv, so office-addin-mock can
 * stand in for Word in tests and benchmarks.
 *
 * This module is what Word mode's first view needs: the requirement sets, the capabilities, change events and the
 * removal confirmer. Every operation (snapshot, go to, fixes, restore, fields, photo, table, template insertion, send
 * history, the file) is in ./operations.ts, loaded on its first call together with the `word` messages in the pane's
 * language (first-view budget; the first check, right after the first view, loads them). Should that download fail
 * (offline), the operation is refused with `word.codeLoad` before anything is queued, and the next call tries again.
 *
 * Every public method turns Word's errors into `word.*` AppErrors, and validates its input before it queues the
 * first change, so a refused operation leaves the document as it was.
 */
import { AppError } from '../core/errors';
import type { DocumentHost, HostCapabilities, InsertMode, ModelRow, RemovalConfirmer } from '../core/host';
import { FIX_KINDS, type FindingTarget, type FixDescriptor } from '../core/rules/types';
import type { DocumentSnapshot, SendRecord } from '../core/snapshot';
import type { TemplateKind } from '../core/template';
import { fieldControls, isOurTag } from './controls';
import { type OfficeEnv, SELECTION_CHANGED_EVENT } from './env';
import { loadWordMessages } from './messages';
import type { WordOperations } from './operations';
import { detectSupport, type WordSupport } from './support';

export interface WordHostOptions {
  env: OfficeEnv;
  /** The template's .docx bytes (the task pane fetches assets/templates/<kind>.docx). */
  loadTemplate: (kind: TemplateKind) => Promise<Uint8Array>;
}

/**
 * fetchTemplateLoader (./templateLoader.ts: assets/templates/<kind>.docx, stamped with its quarter by the .docx editor)
 * downloaded with the operations on the first insertion: neither Word mode's first view nor a ribbon command's start
 * needs it. A failed download is the insertion's `word.templateLoad`.
 */
export function deferredTemplateLoader(baseUrl: string): (kind: TemplateKind) => Promise<Uint8Array> {
  return async (kind) => {
    const { fetchTemplateLoader } = await import(/* webpackChunkName: "word-ops" */ './templateLoader');
    return fetchTemplateLoader(baseUrl)(kind);
  };
}

export class WordHost implements DocumentHost {
  readonly support: WordSupport;
  readonly capabilities: HostCapabilities;
  private readonly env: OfficeEnv;
  private readonly loadTemplate: (kind: TemplateKind) => Promise<Uint8Array>;
  private confirmRemoval: RemovalConfirmer | null = null;
  private operations: Promise<WordOperations> | null = null;

  constructor(options: WordHostOptions) {
    this.env = options.env;
    this.loadTemplate = options.loadTemplate;
    this.support = detectSupport(options.env);
    const fixes: FixDescriptor['kind'][] = FIX_KINDS.filter((kind) => kind !== 'applyPageSetup');
    if (this.support.desktop13) fixes.push('applyPageSetup');
    this.capabilities = {
      kind: 'word',
      // Word on the web: createDocument(base64).open() asks first, then sometimes opens nothing
      // (https://github.com/OfficeDev/office-js/issues/5507) or reuses the current tab (/issues/3096): offer
      // "insert here" first there (the Start view shows the first mode as primary and says why).
      insertModes: !this.support.api13 ? ['here'] : options.env.platform === 'OfficeOnline' ? ['here', 'newDocument'] : ['newDocument', 'here'],
      layoutPages: this.support.desktop12,
      liveEvents: this.support.api15 || this.support.api16,
      fixes,
    };
  }

  /**
   * The operations, loaded once (the module and the `word` messages, side by side). A failed download is not kept:
   * the operation is refused with `word.codeLoad` (its message is held at once, in both languages), and the next
   * operation downloads again (webpack retries a chunk that failed; so does loadCatalogs).
   */
  private ops(): Promise<WordOperations> {
    if (!this.operations) {
      const loading = Promise.all([import(/* webpackChunkName: "word-ops" */ './operations'), loadWordMessages()]).then(
        ([{ WordOperations }]) =>
          new WordOperations({
            env: this.env,
            support: this.support,
            loadTemplate: this.loadTemplate,
            removalConfirmer: () => this.confirmRemoval,
          }),
      );
      this.operations = loading.catch((cause: unknown) => {
        this.operations = null;
        throw new AppError('word.codeLoad', {}, cause);
      });
    }
    return this.operations;
  }

  // ---------------------------------------------------------------- words the person wrote

  /**
   * Who is asked before an operation would remove words the person wrote (./operations.ts, mayRemove). Without one,
   * such an operation is refused with host.wouldRemoveText; declined, with host.removalDeclined.
   */
  setRemovalConfirmer(confirmer: RemovalConfirmer | null): void {
    this.confirmRemoval = confirmer;
  }

  // ---------------------------------------------------------------- operations (./operations.ts)

  async insertTemplate(kind: TemplateKind, mode: InsertMode, options: { overwrite?: boolean } = {}): Promise<void> {
    return (await this.ops()).insertTemplate(kind, mode, options);
  }

  async snapshot(): Promise<DocumentSnapshot> {
    return (await this.ops()).snapshot();
  }

  async goTo(target: FindingTarget): Promise<void> {
    return (await this.ops()).goTo(target);
  }

  async applyFix(fix: FixDescriptor): Promise<void> {
    return (await this.ops()).applyFix(fix);
  }

  async setField(fieldId: string, value: string): Promise<void> {
    return (await this.ops()).setField(fieldId, value);
  }

  async setPhoto(bytes: Uint8Array): Promise<void> {
    return (await this.ops()).setPhoto(bytes);
  }

  async readTable(): Promise<ModelRow[]> {
    return (await this.ops()).readTable();
  }

  async writeTable(rows: ModelRow[]): Promise<void> {
    return (await this.ops()).writeTable(rows);
  }

  async insertSummarySkeleton(headings: string[]): Promise<void> {
    return (await this.ops()).insertSummarySkeleton(headings);
  }

  async recordSend(record: SendRecord): Promise<void> {
    return (await this.ops()).recordSend(record);
  }

  /** The quarter the report is written for, in the report's custom XML part (WordApi 1.4), sends kept. */
  async setReportPeriod(label: string): Promise<void> {
    return (await this.ops()).setReportPeriod(label);
  }

  /** The .docx, slice by slice (./operations.ts). */
  async fileBytes(): Promise<Uint8Array> {
    return (await this.ops()).fileBytes();
  }

  // ---------------------------------------------------------------- live changes

  /**
   * Change notifications: paragraph events (WordApi 1.6) or content-control data events (WordApi 1.5) where
   * supported, and selection changes always (they also catch undo, which fires nothing on Windows and Mac).
   * Debouncing is the caller's (createDebouncedChecker in src/core/schedule.ts).
   */
  onChange(listener: () => void): () => void {
    let active = true;
    const notify = (): void => {
      if (active) listener();
    };
    const removers: Array<() => Promise<void> | void> = [];

    const selectionHandler = (): void => notify();
    try {
      this.env.document.addHandlerAsync(SELECTION_CHANGED_EVENT, selectionHandler);
      removers.push(() => this.env.document.removeHandlerAsync(SELECTION_CHANGED_EVENT, { handler: selectionHandler }));
    } catch {
      // No selection events either: the task pane still checks on demand.
    }

    if (this.support.api16 || this.support.api15) {
      const handler = async (): Promise<void> => notify();
      this.env
        .run(async (context) => {
          const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
          if (this.support.api16) {
            const doc = context.document;
            results.push(doc.onParagraphChanged.add(handler), doc.onParagraphAdded.add(handler), doc.onParagraphDeleted.add(handler));
          } else {
            const controls = fieldControls(context, this.support);
            controls.load('tag');
            await context.sync();
            for (const cc of controls.items) {
              if (!isOurTag(cc.tag)) continue;
              // Content-control events need the control tracked, so it outlives this batch
              // ("Work with events using the Word JavaScript API", https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-events).
              cc.track();
              results.push(cc.onDataChanged.add(handler));
            }
          }
          await context.sync();
          // Removal runs later, after this batch has finished: in a new batch on the registration's context,
          // Word.run(eventResult.context, …), as the events page shows; never sync() on the finished context.
          const remove = async (): Promise<void> => {
            if (results.length === 0) return;
            await this.env.runOn(results[0].context, async (ctx) => {
              for (const r of results) r.remove();
              await ctx.sync();
            });
          };
          if (active) removers.push(remove);
          else await remove();
        })
        .catch(() => {
          // Events could not be registered: selection changes and the check before sending still cover it.
        });
    }

    return () => {
      if (!active) return;
      active = false;
      for (const remove of removers.splice(0)) {
        try {
          void Promise.resolve(remove()).catch(() => undefined);
        } catch {
          // Already gone.
        }
      }
    };
  }
}

export { TEMPLATE_PAGE_SETUP, BODY_FONT } from './pageSetup';
export { searchPrefix } from './search';
/** Ids of every field a template may hold (one home: src/core/template/roles.ts). */
export { ALL_FIELD_IDS } from '../core/template';
