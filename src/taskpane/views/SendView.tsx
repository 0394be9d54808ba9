/**
 * Send: recipient, subject, file name and body of the submission (src/core/mail), the errors that block sending,
 * and the document's send history. The transports (Microsoft 365, relay) are their own issue; for now, once the
 * document is ready, the manual path downloads the file and opens a prepared email (mailto:), with copy buttons.
 * A fresh check always runs when the view opens and again before the action.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { CopyRegular, MailRegular } from '@fluentui/react-icons';
import { useChecks, type CheckResult } from '../app/checks';
import { useHost } from '../app/host';
import { useI18n } from '../app/i18n';
import { useNavigation } from '../app/navigation';
import { useSettings } from '../app/settings';
import { useAction } from '../app/useAction';
import { ErrorMessage } from '../components/ErrorMessage';
import { FormGate, useFormStyles } from '../components/FormGate';
import { copyText, downloadBytes, mailtoUrl } from '../forms/mailto';
import { formatSendTime, sendPlan } from '../forms/sendPlan';
import type { TemplateKind } from '../../core/template';

export default function SendView() {
  const { refresh } = useChecks();
  // Sending is decided on a fresh check, never on a result that may be late (DESIGN.md §6).
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <FormGate>{(result, kind) => <SendForm result={result} kind={kind} />}</FormGate>;
}

/** How the download and the mail program are reached; swapped in tests (jsdom has neither). */
export const sendEffects = {
  download: (bytes: Uint8Array, fileName: string) => downloadBytes(bytes, fileName),
  openMail: (url: string) => {
    window.location.href = url;
  },
  copy: (text: string) => copyText(text),
};

function SendForm({ result, kind }: { result: CheckResult; kind: TemplateKind }) {
  const { t } = useI18n();
  const host = useHost();
  const { settings } = useSettings();
  const { checking, refresh } = useChecks();
  const { go } = useNavigation();
  const { run, busy, error, clearError } = useAction();
  const styles = useFormStyles();
  const [copied, setCopied] = useState('');
  const [prepared, setPrepared] = useState<{ fileName: string; url: string } | null>(null);
  const [recorded, setRecorded] = useState(false);

  const plan = useMemo(() => sendPlan(result, kind, settings), [result, kind, settings]);
  const canSend = plan.ready && !checking && !busy;

  const copy = async (label: string, text: string) => {
    const ok = await sendEffects.copy(text);
    setCopied(ok ? t('forms.send.copied', { what: label }) : t('forms.send.copyFailed'));
  };

  const sendManually = async () => {
    setPrepared(null);
    setRecorded(false);
    const fresh = await refresh();
    if (!fresh) return;
    const again = sendPlan(fresh, kind, settings);
    if (!again.ready || !again.mail) return;
    const mail = again.mail;
    const url = mailtoUrl(settings.recipient, mail.subject, mail.body);
    const ok = await run(async () => {
      sendEffects.download(await host.fileBytes(), mail.fileName);
      sendEffects.openMail(url);
      return true;
    });
    if (ok) setPrepared({ fileName: mail.fileName, url });
  };

  const markSent = async () => {
    const ok = await run(async () => {
      await host.recordSend({ at: new Date().toISOString(), path: 'manual', to: settings.recipient, period: result.period.label });
      return true;
    });
    if (ok) setRecorded(true);
  };

  const copyButton = (label: string, text: string) => (
    <Button size="small" icon={<CopyRegular />} aria-label={t('forms.send.copyLabel', { what: label })} onClick={() => void copy(label, text)}>
      {t('forms.send.copy')}
    </Button>
  );

  const labels = {
    recipient: t('forms.send.recipient'),
    subject: t('forms.send.subject'),
    fileName: t('forms.send.fileName'),
    body: t('forms.send.body'),
  };

  return (
    <div className={styles.root}>
      {error ? <ErrorMessage error={error} onDismiss={clearError} /> : null}
      <div aria-live="polite" role="status">
        {checking ? (
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

      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<MailRegular />}
          disabled={!canSend || !settings.recipient}
          aria-describedby="send-manual-hint"
          onClick={() => void sendManually()}
        >
          {busy ? t('forms.send.preparing') : t('forms.send.manual')}
        </Button>
      </div>
      <Text block size={200} id="send-manual-hint" className={styles.muted}>
        {plan.ready ? t('forms.send.manualHint') : t('forms.send.disabledHint')}
      </Text>
      {prepared ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('forms.send.prepared', { fileName: prepared.fileName })}</MessageBarBody>
          <MessageBarActions>
            <Link href={prepared.url}>{t('forms.send.openMail')}</Link>
            <Button size="small" disabled={busy || recorded} onClick={() => void markSent()}>
              {t('forms.send.markSent')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {recorded ? (
        <Text role="status" aria-live="polite">
          {t('forms.send.markedSent')}
        </Text>
      ) : null}

      <section aria-labelledby="send-history">
        <Text as="h3" id="send-history" weight="semibold" className={styles.heading}>
          {t('forms.send.history')}
        </Text>
        {result.snapshot.sendHistory.length === 0 ? (
          <Text block>{t('forms.send.noHistory')}</Text>
        ) : (
          <Table size="small" aria-labelledby="send-history">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('forms.send.historyTime')}</TableHeaderCell>
                <TableHeaderCell>{t('forms.send.historyPath')}</TableHeaderCell>
                <TableHeaderCell>{t('forms.send.historyTo')}</TableHeaderCell>
                <TableHeaderCell>{t('forms.send.historyReceipt')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...result.snapshot.sendHistory].reverse().map((record, i) => (
                <TableRow key={`${record.at}:${i}`}>
                  <TableCell>{formatSendTime(record.at)}</TableCell>
                  <TableCell>{t(`forms.send.path.${record.path}`)}</TableCell>
                  <TableCell>{record.to}</TableCell>
                  <TableCell>{record.receipt || t('forms.send.none')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
