/**
 * The send workflow as a small state machine, outside React: the chosen path, the video link, the send itself
 * (fresh check, "send again?" confirmation, transport, record in the document), the manual path's "I have sent it",
 * the relay's status checks and the clipboard. The view (SendView.tsx) renders `state` and calls the actions through
 * `useSendWorkflow`; tests create a `SendWorkflow` with a host, a send environment and a check function and drive it
 * without rendering anything.
 *
 * The gate: every send starts with a fresh check (never the cached result) and goes ahead only when it finds no
 * error; a report already sent this quarter is only sent again after an explicit confirmation. After a send the
 * record (time, path, recipient, receipt, period) is written into the document and the check runs again.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { DocumentHost } from '../../../core/host';
import type { Lang } from '../../../core/i18n';
import type { Settings } from '../../../core/settings';
import type { SendRecord } from '../../../core/snapshot';
import type { TemplateKind } from '../../../core/template';
import { RelayRefusal, type RelayFinding, type RelayReceipt, type RelayStatusValue } from '../../../mail/relay';
import type { CheckResult } from '../../state/checks';
import { mailtoUrl } from './mailto';
import { SendAttempts } from './sendAttempt';
import type { SendEnv, TokenProvider } from '../../state/sendEnv';
import {
  availablePaths,
  choosePath,
  relayFields,
  sendsInPeriod,
  videoLinkState,
  type SendPathId,
  type VideoLinkState,
} from './sendPaths';
import { sendPlan, type SendPlan } from './sendPlan';
import { missingSenderFields, type SenderField } from '../../../core/mail/sender';

export type Outcome =
  | { kind: 'sent'; path: 'graph' | 'relay'; record: SendRecord; receipt?: RelayReceipt; recordError?: AppError }
  | { kind: 'failed'; path: SendPathId; error: AppError; findings: RelayFinding[] };

/** The manual path's prepared mail: the file (downloaded in file mode) and the mailto: address. */
export interface Prepared {
  fileName: string;
  url: string;
  period: string;
}

export interface SendState {
  /** The path the person picked (null: the first available one). */
  wanted: SendPathId | null;
  videoLink: string;
  /** The link's validity is shown once the person left the box or tried to send. */
  videoTouched: boolean;
  /** The path being used by a send in flight. */
  sending: SendPathId | null;
  outcome: Outcome | null;
  /** "Send again?": the path asked for and the sends already recorded in this period. */
  confirm: { path: SendPathId; previous: SendRecord[] } | null;
  prepared: Prepared | null;
  recordState: 'idle' | 'busy' | 'done';
  manualError: AppError | null;
  /** The last copy to the clipboard: what was copied (its label) and whether it worked. */
  copied: { what: string; ok: boolean } | null;
  /** Relay receipts' latest known status. */
  statuses: Record<string, RelayStatusValue>;
  statusChecking: string | null;
  statusError: AppError | null;
}

export const INITIAL_SEND_STATE: Readonly<SendState> = Object.freeze({
  wanted: null,
  videoLink: '',
  videoTouched: false,
  sending: null,
  outcome: null,
  confirm: null,
  prepared: null,
  recordState: 'idle',
  manualError: null,
  copied: null,
  statuses: {},
  statusChecking: null,
  statusError: null,
});

/** What the workflow needs from outside; `update` replaces it as the view re-renders (settings, language…). */
export interface SendDeps {
  host: DocumentHost;
  env: SendEnv;
  mode: 'word' | 'file';
  kind: TemplateKind;
  settings: Settings;
  lang: Lang;
  /** A fresh check of the document (null when it failed). */
  refresh: () => Promise<CheckResult | null>;
  now?: () => Date;
}

/** Why the send button is disabled, as a message key; null when it may be pressed. */
export type BlockReason =
  | 'forms.send.disabledHint'
  | 'forms.send.senderMissing'
  | 'forms.send.noRecipient'
  | 'forms.send.videoBlocks';

/** What the view shows, derived from the state, the latest check and the settings (pure). */
export interface SendView {
  paths: SendPathId[];
  path: SendPathId;
  video: VideoLinkState;
  plan: SendPlan;
  /** The unit, sender name or position still to be given (asked before the first send). */
  missingSender: SenderField[];
  blockedBy: BlockReason | null;
  canSend: boolean;
  /** Paths to offer after a failure (or besides the chosen one). */
  others: SendPathId[];
}

export function sendView(
  state: SendState,
  input: { result: CheckResult; kind: TemplateKind; settings: Settings; env: Pick<SendEnv, 'isSetSupported'>; checking: boolean },
): SendView {
  const paths = availablePaths(input.settings, input.env);
  const path = choosePath(state.wanted, paths);
  const video = videoLinkState(state.videoLink);
  const plan = sendPlan(input.result, input.kind, input.settings, { videoLink: video === 'valid' ? state.videoLink : '' });
  const missingSender = missingSenderFields(input.settings);
  const blockedBy = blockReason({ ready: plan.ready, missingSender, path, recipient: input.settings.recipient, video });
  const canSend = blockedBy === null && !input.checking && state.sending === null && state.recordState !== 'busy';
  const others = paths.filter((p) => p !== (state.outcome?.kind === 'failed' ? state.outcome.path : path));
  return { paths, path, video, plan, missingSender, blockedBy, canSend, others };
}

function blockReason(input: {
  ready: boolean;
  missingSender: readonly SenderField[];
  path: SendPathId;
  recipient: string;
  video: VideoLinkState;
}): BlockReason | null {
  if (!input.ready) return 'forms.send.disabledHint';
  if (input.missingSender.length > 0) return 'forms.send.senderMissing';
  if (input.path !== 'relay' && !input.recipient) return 'forms.send.noRecipient';
  if (input.video === 'invalid') return 'forms.send.videoBlocks';
  return null;
}

function toAppError(e: unknown): AppError {
  return isAppError(e) ? e : new AppError('ui.error.unexpected', { message: String(e) }, e);
}

export class SendWorkflow {
  private current: SendState = { ...INITIAL_SEND_STATE };
  private readonly listeners = new Set<() => void>();
  private inFlight = false;
  /** One idempotency key per document and attempt. */
  private readonly attempts: SendAttempts;
  private tokens: { clientId: string; provider: TokenProvider } | null = null;

  constructor(
    private deps: SendDeps,
    attempts: SendAttempts = new SendAttempts(),
  ) {
    this.attempts = attempts;
  }

  get state(): SendState {
    return this.current;
  }

  /** For useSyncExternalStore. */
  readonly getState = (): SendState => this.current;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** New settings, language, check function…: used by the next action. */
  update(deps: SendDeps): void {
    this.deps = deps;
  }

  private set(patch: Partial<SendState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }

  choosePath(path: SendPathId): void {
    this.set({ wanted: path, outcome: null });
  }

  setVideoLink(text: string): void {
    this.set({ videoLink: text });
  }

  touchVideo(): void {
    this.set({ videoTouched: true });
  }

  dismissOutcome(): void {
    this.set({ outcome: null });
  }

  dismissStatusError(): void {
    this.set({ statusError: null });
  }

  dismissManualError(): void {
    this.set({ manualError: null });
  }

  /** "Send again?" answered "Không gửi": nothing is sent. */
  cancelConfirm(): void {
    this.set({ confirm: null });
  }

  /** "Send again?" answered "Vẫn gửi lại": the send asked for goes ahead (after another fresh check). */
  async confirmAgain(): Promise<void> {
    const asked = this.current.confirm;
    if (!asked) return;
    this.set({ confirm: null });
    await this.send(asked.path, true);
  }

  private tokenProvider(): TokenProvider {
    const { settings, env } = this.deps;
    const clientId = settings.graphClientId ?? '';
    if (this.tokens?.clientId !== clientId) {
      this.tokens = { clientId, provider: env.createTokenProvider({ clientId, isSetSupported: env.isSetSupported }) };
    }
    return this.tokens.provider;
  }

  private openMail(url: string): void {
    const { mode, env } = this.deps;
    if (mode === 'word' && env.openBrowserWindow(url)) return;
    env.navigate(url);
  }

  /** Sends by `chosen`; asks "send again?" first when this period already has a send, unless `confirmed`. */
  async send(chosen: SendPathId, confirmed = false): Promise<void> {
    if (this.inFlight) return;
    this.inFlight = true;
    this.set({ sending: chosen, outcome: null, prepared: null, manualError: null, recordState: 'idle', videoTouched: true });
    try {
      await this.sendChecked(chosen, confirmed);
    } finally {
      this.inFlight = false;
      this.set({ sending: null });
    }
  }

  private async sendChecked(chosen: SendPathId, confirmed: boolean): Promise<void> {
    const { host, env, kind, settings, lang, mode, refresh } = this.deps;
    const fresh = await refresh();
    if (!fresh) return;
    const videoLink = this.current.videoLink;
    const link = videoLinkState(videoLink);
    if (link === 'invalid') return;
    if (missingSenderFields(settings).length > 0) return;
    const again = sendPlan(fresh, kind, settings, { videoLink: link === 'valid' ? videoLink : '' });
    if (!again.ready || !again.mail) return;
    if (chosen !== 'relay' && !settings.recipient) return;
    const period = fresh.period.label;
    const previous = sendsInPeriod(fresh.snapshot.sendHistory, period);
    if (previous.length > 0 && !confirmed) {
      this.set({ confirm: { path: chosen, previous } });
      return;
    }
    const mail = again.mail;
    if (chosen === 'manual') {
      try {
        const url = mailtoUrl(settings.recipient, mail.subject, mail.body);
        // In Word the file is saved with File › Save a Copy (the bytes cannot be downloaded reliably from Word's webview).
        if (mode === 'file') env.download(await host.fileBytes(), mail.fileName);
        this.openMail(url);
        this.set({ prepared: { fileName: mail.fileName, url, period } });
      } catch (e) {
        this.set({ manualError: toAppError(e) });
      }
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await host.fileBytes();
    } catch (e) {
      this.set({ outcome: { kind: 'failed', path: chosen, error: toAppError(e), findings: [] } });
      return;
    }
    let record: SendRecord;
    let receipt: RelayReceipt | undefined;
    try {
      if (chosen === 'graph') {
        await env.sendViaGraph({
          tokenProvider: this.tokenProvider(),
          to: settings.recipient,
          subject: mail.subject,
          body: mail.body,
          fileName: mail.fileName,
          bytes,
        });
        record = { at: this.now(), path: 'graph', to: settings.recipient, period };
      } else {
        const answer = await env.submitToRelay(
          settings.relayUrl ?? '',
          {
            file: bytes,
            fileName: mail.fileName,
            fields: relayFields(settings, videoLink),
            idempotencyKey: this.attempts.keyFor(bytes),
            ...(settings.schoolKey ? { schoolKey: settings.schoolKey } : {}),
          },
          { lang },
        );
        receipt = answer;
        record = { at: this.now(), path: 'relay', to: answer.to || settings.recipient, receipt: answer.receipt, period };
        this.set({ statuses: { ...this.current.statuses, [answer.receipt]: answer.status } });
      }
      this.attempts.finished();
    } catch (e) {
      const error = toAppError(e);
      this.set({ outcome: { kind: 'failed', path: chosen, error, findings: e instanceof RelayRefusal ? e.findings : [] } });
      return;
    }
    // Sent: from here on, a failure is about the record only, never a reason to send again.
    let recordError: AppError | undefined;
    try {
      await host.recordSend(record);
    } catch (e) {
      recordError = toAppError(e);
    }
    this.set({
      outcome: {
        kind: 'sent',
        path: chosen,
        record,
        ...(receipt ? { receipt } : {}),
        ...(recordError ? { recordError } : {}),
      },
    });
    await refresh();
  }

  /** The send went out but its record could not be written: try writing the record again (never re-sends). */
  async recordAgain(): Promise<void> {
    const outcome = this.current.outcome;
    if (outcome?.kind !== 'sent') return;
    this.set({ recordState: 'busy' });
    try {
      await this.deps.host.recordSend(outcome.record);
      this.set({ outcome: { ...outcome, recordError: undefined } });
      await this.deps.refresh();
    } catch (e) {
      this.set({ outcome: { ...outcome, recordError: toAppError(e) } });
    } finally {
      this.set({ recordState: 'idle' });
    }
  }

  /** Manual path: the person says the prepared mail went out; the send is recorded in the document. */
  async markSent(): Promise<void> {
    const prepared = this.current.prepared;
    if (!prepared) return;
    this.set({ recordState: 'busy', manualError: null });
    try {
      await this.deps.host.recordSend({ at: this.now(), path: 'manual', to: this.deps.settings.recipient, period: prepared.period });
      this.set({ recordState: 'done' });
      await this.deps.refresh();
    } catch (e) {
      this.set({ manualError: toAppError(e), recordState: 'idle' });
    }
  }

  async checkStatus(receipt: string): Promise<void> {
    const { env, settings, lang } = this.deps;
    this.set({ statusChecking: receipt, statusError: null });
    try {
      const answer = await env.relayStatus(settings.relayUrl ?? '', receipt, { lang, maxAttempts: 2 });
      this.set({ statuses: { ...this.current.statuses, [receipt]: answer.status } });
    } catch (e) {
      this.set({ statusError: toAppError(e) });
    } finally {
      this.set({ statusChecking: null });
    }
  }

  async copy(what: string, text: string): Promise<void> {
    const ok = await this.deps.env.copy(text);
    this.set({ copied: { what, ok } });
  }
}
