/**
 * Send: the submission's recipient, subject, file name and body (src/core/mail), an optional video link, the errors
 * that block sending, the choice of path and the document's send history.
 *
 * Paths (DESIGN.md §1, §6): Microsoft 365 through Graph (when Nested App Authentication works here and a client id is set),
 * the district relay (when its address is set) and the manual path (always): download the file, or in Word save a
 * copy, then a prepared email. The first available path is the default.
 *
 * The workflow (fresh check, "send again?", transports, records) lives in send/sendWorkflow.ts, driven through
 * useSendWorkflow; this file only renders its state.
 */
import { useEffect, useMemo } from 'react';
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
} from '@fluentui/react-components';
import { CopyRegular, MailRegular, SendRegular } from '@fluentui/react-icons';
import { useChecks, type CheckResult } from '../../state/checks';
import { useHostApi } from '../../state/host';
import { useI18n } from '../../state/i18n';
import { useNavigation } from '../../state/navigation';
import { useSettings } from '../../state/settings';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { FormGate, useFormStyles } from '../../shell/FormGate';
import { SendConfirmDialog } from './SendConfirmDialog';
import { SendHistory } from './SendHistory';
import { useSendEnv } from '../../state/sendEnv';
import type { SendPathId } from './sendPaths';
import type { DocumentHost } from '../../../core/host';
import type { TemplateKind } from '../../../core/template';
import { sendView } from './sendWorkflow';
import { SenderSection } from './SenderSection';
import { useSendWorkflow } from './useSendWorkflow';

export default function SendView() {
  const { refresh } = useChecks();
  // Sending is decided on a fresh check, never on a result that may be late (DESIGN.md §6).
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <FormGate>{(result, kind) => <SendForm result={result} kind={kind} />}</FormGate>;
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

  const { workflow, state } = useSendWorkflow({ host, env, mode, kind, settings, lang, refresh });
  const view = useMemo(() => sendView(state, { result, kind, settings, env, checking }), [state, result, kind, settings, env, checking]);
  const { paths, path, video, plan, blockedBy, canSend, others } = view;
  const { sending, outcome, prepared, recordState, manualError, statuses, statusChecking, statusError, videoLink, videoTouched } =
    state;
  const copied = state.copied ? (state.copied.ok ? t('forms.send.copied', { what: state.copied.what }) : t('forms.send.copyFailed')) : '';

  const copyButton = (label: string, text: string) => (
    <Button
      size="small"
      icon={<CopyRegular />}
      aria-label={t('forms.send.copyLabel', { what: label })}
      onClick={() => void workflow.copy(label, text)}
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

      <SenderSection snapshot={result.snapshot} kind={kind} />

      <Text block className={styles.muted}>
        {t('forms.send.period', { quarter: result.period.quarter, year: String(result.period.year) })}
      </Text>
      <Field label={t('settings.recipientOffice.label')}>
        <GrowingTextarea readOnly rows={1} value={settings.recipientOffice} />
      </Field>
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
          onChange={(_, data) => workflow.setVideoLink(data.value)}
          onBlur={() => workflow.touchVideo()}
        />
      </Field>
      {plan.mail ? (
        <>
          <Field label={labels.subject}>
            <GrowingTextarea readOnly value={plan.mail.subject} />
          </Field>
          <div className={styles.row}>{copyButton(labels.subject, plan.mail.subject)}</div>
          <Field label={labels.fileName}>
            <Input readOnly value={plan.mail.fileName} />
          </Field>
          <Field label={labels.body}>
            <GrowingTextarea readOnly value={plan.mail.body} rows={8} />
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
          onChange={(_, data) => workflow.choosePath(data.value as SendPathId)}
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
          onClick={() => void workflow.send(path)}
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
          <ErrorMessage error={outcome.error} onDismiss={() => workflow.dismissOutcome()} />
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
                <Button key={p} size="small" onClick={() => workflow.choosePath(p)}>
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
                onClick={() => void workflow.checkStatus(outcome.record.receipt!)}
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
            <Button size="small" disabled={recordState === 'busy'} onClick={() => void workflow.recordAgain()}>
              {t('forms.send.recordAgain')}
            </Button>
          </div>
        </div>
      ) : null}
      {statusError ? <ErrorMessage error={statusError} onDismiss={() => workflow.dismissStatusError()} /> : null}
      {manualError ? <ErrorMessage error={manualError} onDismiss={() => workflow.dismissManualError()} /> : null}
      {prepared ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {manualInWord
              ? t('forms.send.preparedWord', { fileName: prepared.fileName })
              : t('forms.send.prepared', { fileName: prepared.fileName })}
          </MessageBarBody>
          <MessageBarActions>
            <Link href={prepared.url}>{t('forms.send.openMail')}</Link>
            <Button size="small" disabled={recordState !== 'idle'} onClick={() => void workflow.markSent()}>
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
        onCheck={paths.includes('relay') ? (receipt) => void workflow.checkStatus(receipt) : undefined}
      />
      <SendConfirmDialog
        previous={state.confirm?.previous ?? null}
        quarter={result.period.quarter}
        year={result.period.year}
        onCancel={() => workflow.cancelConfirm()}
        onConfirm={() => void workflow.confirmAgain()}
      />
    </div>
  );
}
