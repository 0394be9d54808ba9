/**
 * Send: the submission's recipient, subject, file name and body (src/core/mail), an optional video link, the errors
 * that block sending, the choice of path and the document's send history.
 *
 * Paths (DESIGN.md §1, §6): Microsoft 365 through Graph (when Nested App Authentication works here and a client id is set),
 * the district relay (when its address is set) and the manual path (always): download the file, or in Word save a
 * copy, then a prepared email. The first available path is the default.
 *
 * The gate: every send starts with a fresh check (never the cached result) and goes ahead only when it finds no
 * error; a report already sent this quarter is only sent again after an explicit confirmation. After a send the
 * record (time, path, recipient, receipt, period) is written into the document and the check runs again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { CopyRegular, MailRegular, SendRegular } from '@fluentui/react-icons';
import { useChecks, type CheckResult } from '../app/checks';
import { useHostApi } from '../app/host';
import { useI18n } from '../app/i18n';
import { useNavigation } from '../app/navigation';
import { useSettings } from '../app/settings';
import { ErrorMessage } from '../components/ErrorMessage';
import { FormGate, useFormStyles } from '../components/FormGate';
import { SendConfirmDialog } from '../components/SendConfirmDialog';
import { SendHistory } from '../components/SendHistory';
import { mailtoUrl } from '../forms/mailto';
import { SendAttempts } from '../forms/sendAttempt';
import { useSendEnv, type TokenProvider } from '../forms/sendEnv';
import {
  availablePaths,
  choosePath,
  relayFields,
  sendsInPeriod,
  videoLinkState,
  type SendPathId,
} from '../forms/sendPaths';
import { sendPlan } from '../forms/sendPlan';
import { AppError, isAppError } from '../../core/errors';
import type { DocumentHost } from '../../core/host';
import type { SendRecord } from '../../core/snapshot';
import type { TemplateKind } from '../../core/template';
import { RelayRefusal, type RelayFinding, type RelayReceipt, type RelayStatusValue } from '../../mail/relay';

export default function SendView() {
  const { refresh } = useChecks();
  // Sending is decided on a fresh check, never on a result that may be late (DESIGN.md §6).
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <FormGate>{(result, kind) => <SendForm result={result} kind={kind} />}</FormGate>;
}

function toAppError(e: unknown): AppError {
  return isAppError(e) ? e : new AppError('ui.error.unexpected', { message: String(e) }, e);
}

type Outcome =
  | { kind: 'sent'; path: 'graph' | 'relay'; record: SendRecord; receipt?: RelayReceipt; recordError?: AppError }
  | { kind: 'failed'; path: SendPathId; error: AppError; findings: RelayFinding[] };

interface Prepared {
  fileName: string;
  url: string;
  period: string;
}

function SendForm({ result, kind }: { result: CheckResult; kind: TemplateKind }) {
  const { t, lang } = useI18n();
  const { host: maybeHost, mode } = useHostApi();
  const host = maybeHost as DocumentHost;
  const { settings } = useSettings();
  const { checking, refresh } = useChecks();
  const { go } = useNavigation();
  const env = useSendEnv();
  const styles = useFormStyles();

  const paths = useMemo(() => availablePaths(settings, env), [settings, env]);
  const [wanted, setWanted] = useState<SendPathId | null>(null);
  const path = choosePath(wanted, paths);

  const [videoLink, setVideoLink] = useState('');
  const [videoTouched, setVideoTouched] = useState(false);
  const video = videoLinkState(videoLink);

  const [sending, setSending] = useState<SendPathId | null>(null);
  const inFlight = useRef(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirm, setConfirm] = useState<{ path: SendPathId; previous: SendRecord[] } | null>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [recordState, setRecordState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [manualError, setManualError] = useState<AppError | null>(null);
  const [copied, setCopied] = useState('');
  const [statuses, setStatuses] = useState<Record<string, RelayStatusValue>>({});
  const [statusChecking, setStatusChecking] = useState<string | null>(null);
  const [statusError, setStatusError] = useState<AppError | null>(null);

  // One idempotency key per document and attempt; a new document starts afresh.
  const attempts = useMemo(() => new SendAttempts(), [host]);
  const tokens = useRef<{ clientId: string; provider: TokenProvider } | null>(null);

  const plan = useMemo(
    () => sendPlan(result, kind, settings, { videoLink: video === 'valid' ? videoLink : '' }),
    [result, kind, settings, video, videoLink],
  );
  const needsRecipient = path !== 'relay';
  const blockedBy: string | null = !plan.ready
    ? 'forms.send.disabledHint'
    : needsRecipient && !settings.recipient
      ? 'forms.send.noRecipient'
      : video === 'invalid'
        ? 'forms.send.videoBlocks'
        : null;
  const canSend = blockedBy === null && !checking && sending === null && recordState !== 'busy';

  const tokenProvider = useCallback((): TokenProvider => {
    const clientId = settings.graphClientId ?? '';
    if (tokens.current?.clientId !== clientId) {
      tokens.current = {
        clientId,
        provider: env.createTokenProvider({ clientId, isSetSupported: env.isSetSupported }),
      };
    }
    return tokens.current.provider;
  }, [settings.graphClientId, env]);

  const openMail = (url: string) => {
    if (mode === 'word' && env.openBrowserWindow(url)) return;
    env.navigate(url);
  };

  const send = async (chosen: SendPathId, confirmed = false) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(chosen);
    setOutcome(null);
    setPrepared(null);
    setManualError(null);
    setRecordState('idle');
    setVideoTouched(true);
    try {
      const fresh = await refresh();
      if (!fresh) return;
      const link = videoLinkState(videoLink);
      if (link === 'invalid') return;
      const again = sendPlan(fresh, kind, settings, { videoLink: link === 'valid' ? videoLink : '' });
      if (!again.ready || !again.mail) return;
      if (chosen !== 'relay' && !settings.recipient) return;
      const period = fresh.period.label;
      const previous = sendsInPeriod(fresh.snapshot.sendHistory, period);
      if (previous.length > 0 && !confirmed) {
        setConfirm({ path: chosen, previous });
        return;
      }
      const mail = again.mail;
      if (chosen === 'manual') {
        try {
          const url = mailtoUrl(settings.recipient, mail.subject, mail.body);
          // In Word the file is saved with File › Save a Copy (the bytes cannot be downloaded reliably from Word's webview).
          if (mode === 'file') env.download(await host.fileBytes(), mail.fileName);
          openMail(url);
          setPrepared({ fileName: mail.fileName, url, period });
        } catch (e) {
          setManualError(toAppError(e));
        }
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = await host.fileBytes();
      } catch (e) {
        setOutcome({ kind: 'failed', path: chosen, error: toAppError(e), findings: [] });
        return;
      }
      let record: SendRecord;
      let receipt: RelayReceipt | undefined;
      try {
        if (chosen === 'graph') {
          await env.sendViaGraph({
            tokenProvider: tokenProvider(),
            to: settings.recipient,
            subject: mail.subject,
            body: mail.body,
            fileName: mail.fileName,
            bytes,
          });
          record = { at: new Date().toISOString(), path: 'graph', to: settings.recipient, period };
        } else {
          receipt = await env.submitToRelay(
            settings.relayUrl ?? '',
            {
              file: bytes,
              fileName: mail.fileName,
              fields: relayFields(settings, videoLink),
              idempotencyKey: attempts.keyFor(bytes),
              ...(settings.schoolKey ? { schoolKey: settings.schoolKey } : {}),
            },
            { lang },
          );
          record = {
            at: new Date().toISOString(),
            path: 'relay',
            to: receipt.to || settings.recipient,
            receipt: receipt.receipt,
            period,
          };
          setStatuses((s) => ({ ...s, [receipt!.receipt]: receipt!.status }));
        }
        attempts.finished();
      } catch (e) {
        const error = toAppError(e);
        setOutcome({ kind: 'failed', path: chosen, error, findings: e instanceof RelayRefusal ? e.findings : [] });
        return;
      }
      // Sent: from here on, a failure is about the record only, never a reason to send again.
      let recordError: AppError | undefined;
      try {
        await host.recordSend(record);
      } catch (e) {
        recordError = toAppError(e);
      }
      setOutcome({
        kind: 'sent',
        path: chosen,
        record,
        ...(receipt ? { receipt } : {}),
        ...(recordError ? { recordError } : {}),
      });
      await refresh();
    } finally {
      inFlight.current = false;
      setSending(null);
    }
  };

  const recordAgain = async (record: SendRecord) => {
    if (outcome?.kind !== 'sent') return;
    setRecordState('busy');
    try {
      await host.recordSend(record);
      setOutcome({ ...outcome, recordError: undefined });
      await refresh();
    } catch (e) {
      setOutcome({ ...outcome, recordError: toAppError(e) });
    } finally {
      setRecordState('idle');
    }
  };

  const markSent = async () => {
    if (!prepared) return;
    setRecordState('busy');
    setManualError(null);
    try {
      await host.recordSend({
        at: new Date().toISOString(),
        path: 'manual',
        to: settings.recipient,
        period: prepared.period,
      });
      setRecordState('done');
      await refresh();
    } catch (e) {
      setManualError(toAppError(e));
      setRecordState('idle');
    }
  };

  const checkStatus = async (receipt: string) => {
    setStatusChecking(receipt);
    setStatusError(null);
    try {
      const answer = await env.relayStatus(settings.relayUrl ?? '', receipt, { lang, maxAttempts: 2 });
      setStatuses((s) => ({ ...s, [receipt]: answer.status }));
    } catch (e) {
      setStatusError(toAppError(e));
    } finally {
      setStatusChecking(null);
    }
  };

  const copy = async (label: string, text: string) => {
    const ok = await env.copy(text);
    setCopied(ok ? t('forms.send.copied', { what: label }) : t('forms.send.copyFailed'));
  };

  const copyButton = (label: string, text: string) => (
    <Button
      size="small"
      icon={<CopyRegular />}
      aria-label={t('forms.send.copyLabel', { what: label })}
      onClick={() => void copy(label, text)}
    >
      {t('forms.send.copy')}
    </Button>
  );

  const labels = {
    recipient: t('forms.send.recipient'),
    subject: t('forms.send.subject'),
    fileName: t('forms.send.fileName'),
    body: t('forms.send.body'),
  };
  const manualInWord = mode === 'word';
  const actionLabel =
    path === 'graph'
      ? t('forms.send.viaGraph')
      : path === 'relay'
        ? t('forms.send.viaRelay')
        : manualInWord
          ? t('forms.send.manualWord')
          : t('forms.send.manual');
  const pathHint =
    path === 'manual'
      ? manualInWord
        ? 'forms.send.manualWordHint'
        : 'forms.send.manualHint'
      : `forms.send.pathHint.${path}`;
  const others = paths.filter((p) => p !== (outcome?.kind === 'failed' ? outcome.path : path));

  return (
    <div className={styles.root}>
      <div aria-live="polite" role="status">
        {checking && sending === null ? (
          <Spinner size="tiny" label={t('forms.send.checking')} />
        ) : plan.ready ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('forms.send.ready')}</MessageBarTitle>
            </MessageBarBody>
          </MessageBar>
        ) : plan.blocking.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('forms.send.blocked', { count: plan.blocking.length })}</MessageBarTitle>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {plan.blocking.length > 0 ? (
        <section aria-labelledby="send-blocking">
          <Text as="h3" id="send-blocking" weight="semibold" className={styles.heading}>
            {t('forms.send.blockingTitle')}
          </Text>
          <ul>
            {plan.blocking.map((f, i) => (
              <li key={`${f.rule}:${i}`}>{t(f.message.key, f.message.params)}</li>
            ))}
          </ul>
          <Button size="small" onClick={() => go('checklist')}>
            {t('forms.goChecklist')}
          </Button>
        </section>
      ) : null}
      {plan.problem ? <ErrorMessage error={plan.problem} /> : null}
      {!settings.recipient ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('forms.send.noRecipient')}</MessageBarBody>
        </MessageBar>
      ) : null}

      <Text block className={styles.muted}>
        {t('forms.send.period', { quarter: result.period.quarter, year: String(result.period.year) })}
      </Text>
      <Field label={labels.recipient}>
        <Input readOnly value={settings.recipient} />
      </Field>
      <div className={styles.row}>
        {copyButton(labels.recipient, settings.recipient)}
        <Button size="small" appearance="subtle" onClick={() => go('settings')}>
          {t('forms.send.openSettings')}
        </Button>
      </div>
      <Text block size={200} className={styles.muted}>
        {t('forms.send.settingsHint')}
      </Text>
      <Field
        label={t('forms.send.video')}
        hint={t('forms.send.videoHint')}
        validationState={videoTouched && video === 'invalid' ? 'error' : video === 'valid' ? 'success' : 'none'}
        validationMessage={
          videoTouched && video === 'invalid'
            ? t('forms.send.videoInvalid')
            : video === 'valid'
              ? t('forms.send.videoValid')
              : undefined
        }
      >
        <Input
          type="url"
          inputMode="url"
          value={videoLink}
          onChange={(_, data) => setVideoLink(data.value)}
          onBlur={() => setVideoTouched(true)}
        />
      </Field>
      {plan.mail ? (
        <>
          <Field label={labels.subject}>
            <Textarea readOnly value={plan.mail.subject} resize="vertical" />
          </Field>
          <div className={styles.row}>{copyButton(labels.subject, plan.mail.subject)}</div>
          <Field label={labels.fileName}>
            <Input readOnly value={plan.mail.fileName} />
          </Field>
          <Field label={labels.body}>
            <Textarea readOnly value={plan.mail.body} rows={8} resize="vertical" />
          </Field>
          <div className={styles.row}>{copyButton(labels.body, plan.mail.body)}</div>
        </>
      ) : null}
      {copied ? (
        <Text role="status" aria-live="polite" size={200}>
          {copied}
        </Text>
      ) : null}

      <Field label={t('forms.send.pathLabel')}>
        <RadioGroup
          value={path}
          onChange={(_, data) => {
            setWanted(data.value as SendPathId);
            setOutcome(null);
          }}
          disabled={sending !== null}
        >
          {paths.map((p) => (
            <Radio key={p} value={p} label={t(`forms.send.path.${p}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Text block size={200} className={styles.muted}>
        {t(pathHint)}
      </Text>
      {path === 'manual' && manualInWord ? (
        <section aria-labelledby="send-save-copy">
          <Text as="h3" id="send-save-copy" weight="semibold" className={styles.heading}>
            {t('forms.send.saveCopyTitle')}
          </Text>
          <ol>
            <li>{t('forms.send.saveCopyStep1')}</li>
            <li>{t('forms.send.saveCopyStep2', { fileName: plan.mail?.fileName ?? '' })}</li>
            <li>{t('forms.send.saveCopyStep3')}</li>
            <li>{t('forms.send.saveCopyStep4')}</li>
          </ol>
        </section>
      ) : null}

      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={path === 'manual' ? <MailRegular /> : <SendRegular />}
          disabled={!canSend}
          aria-describedby="send-action-hint"
          onClick={() => void send(path)}
        >
          {actionLabel}
        </Button>
      </div>
      <Text block size={200} id="send-action-hint" className={styles.muted}>
        {blockedBy ? t(blockedBy) : t('forms.send.readyHint')}
      </Text>

      <div aria-live="polite">
        {sending ? <Spinner size="small" label={t(`forms.send.sending.${sending}`)} /> : null}
      </div>
      {outcome?.kind === 'failed' ? (
        <div className={styles.root}>
          <ErrorMessage error={outcome.error} onDismiss={() => setOutcome(null)} />
          {outcome.findings.length > 0 ? (
            <section aria-labelledby="send-refusal">
              <Text as="h3" id="send-refusal" weight="semibold" className={styles.heading}>
                {t('forms.send.refusalFindings')}
              </Text>
              <ul>
                {outcome.findings.map((f, i) => (
                  <li key={`${f.rule}:${i}`}>{f.text || t(f.message.key, f.message.params)}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {others.length > 0 ? (
            <div className={styles.row}>
              <Text>{t('forms.send.tryOther')}</Text>
              {others.map((p) => (
                <Button key={p} size="small" onClick={() => (setWanted(p), setOutcome(null))}>
                  {t(`forms.send.path.${p}`)}
                </Button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      {outcome?.kind === 'sent' ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('forms.send.sentTitle')}</MessageBarTitle>
            {outcome.path === 'graph'
              ? t('forms.send.sentGraph', { to: outcome.record.to })
              : t('forms.send.sentRelay', {
                  receipt: outcome.record.receipt ?? '',
                  to: outcome.record.to,
                  status: t(
                    `forms.send.status.${statuses[outcome.record.receipt ?? ''] ?? outcome.receipt?.status ?? 'pending'}`,
                  ),
                })}
          </MessageBarBody>
          {outcome.path === 'relay' && outcome.record.receipt && statuses[outcome.record.receipt] !== 'sent' ? (
            <MessageBarActions>
              <Button
                size="small"
                disabled={statusChecking !== null}
                onClick={() => void checkStatus(outcome.record.receipt!)}
              >
                {t('forms.send.checkStatus')}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
      {outcome?.kind === 'sent' && outcome.recordError ? (
        <div className={styles.root}>
          <ErrorMessage error={outcome.recordError} />
          <Text block>{t('forms.send.recordFailed')}</Text>
          <div className={styles.row}>
            <Button size="small" disabled={recordState === 'busy'} onClick={() => void recordAgain(outcome.record)}>
              {t('forms.send.recordAgain')}
            </Button>
          </div>
        </div>
      ) : null}
      {statusError ? <ErrorMessage error={statusError} onDismiss={() => setStatusError(null)} /> : null}
      {manualError ? <ErrorMessage error={manualError} onDismiss={() => setManualError(null)} /> : null}
      {prepared ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {manualInWord
              ? t('forms.send.preparedWord', { fileName: prepared.fileName })
              : t('forms.send.prepared', { fileName: prepared.fileName })}
          </MessageBarBody>
          <MessageBarActions>
            <Link href={prepared.url}>{t('forms.send.openMail')}</Link>
            <Button size="small" disabled={recordState !== 'idle'} onClick={() => void markSent()}>
              {t('forms.send.markSent')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {recordState === 'done' ? (
        <Text role="status" aria-live="polite">
          {t('forms.send.markedSent')}
        </Text>
      ) : null}

      <SendHistory
        history={result.snapshot.sendHistory}
        statuses={statuses}
        checking={statusChecking}
        onCheck={paths.includes('relay') ? (receipt) => void checkStatus(receipt) : undefined}
      />
      {confirm ? (
        <SendConfirmDialog
          previous={confirm.previous}
          quarter={result.period.quarter}
          year={result.period.year}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const chosen = confirm.path;
            setConfirm(null);
            void send(chosen, true);
          }}
        />
      ) : null}
    </div>
  );
}
