/** Reminders: who will be reminded for a quarter, "send now", and the log. */
import { useCallback, useEffect, useState } from 'react';
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { InboxApi } from '../api';
import { errorText } from '../errorText';
import { useLang } from '../i18n';
import { formatInstant, quarterLabel, statusLabel } from '../logic';
import type { QuarterList, ReminderLogEntry, ReminderPreview } from '../types';

export function RemindersScreen({ api, quarters, quarter, onQuarter }: { api: InboxApi; quarters: QuarterList; quarter: string; onQuarter(q: string): void }) {
  const { lang, tr } = useLang();
  const [preview, setPreview] = useState<ReminderPreview | null>(null);
  const [log, setLog] = useState<ReminderLogEntry[]>([]);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    setPreview(null);
    Promise.all([api.reminderPreview(quarter), api.reminderLog(quarter)]).then(
      ([p, l]) => {
        setPreview(p);
        setLog(l);
      },
      (err: unknown) => setError(errorText(err)),
    );
  }, [api, quarter]);
  useEffect(load, [load]);

  const send = async () => {
    setBusy(true);
    setError('');
    try {
      const r = await api.sendReminders(quarter);
      setMessage(tr('inboxPage.reminders.sent', { sent: r.sent.length, failed: r.failed.length }));
      load();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{tr('inboxPage.reminders.title')}</h2>
      <Field label={tr('inboxPage.quarter.pick')}>
        <Select value={quarter} onChange={(_, d) => onQuarter(d.value)}>
          {quarters.quarters.map((q) => (
            <option key={q} value={q}>
              {quarterLabel(q, lang)}
            </option>
          ))}
        </Select>
      </Field>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {!preview ? (
        !error && <Spinner />
      ) : (
        <>
          <h3>{tr('inboxPage.reminders.preview', { count: preview.schools.length })}</h3>
          {preview.schools.length === 0 ? (
            <p>{tr('inboxPage.reminders.nobody')}</p>
          ) : (
            <ul aria-label={tr('inboxPage.reminders.previewList')}>
              {preview.schools.map((s) => (
                <li key={s.id} data-school={s.name}>
                  {s.name} — {statusLabel({ status: s.status }, lang)} ({s.emails.join(', ')})
                </li>
              ))}
            </ul>
          )}
          {preview.skipped.length > 0 && (
            <p>
              {tr('inboxPage.reminders.skipped')}:{' '}
              {preview.skipped.map((s) => `${s.name} (${tr(`inboxPage.reminders.reason.${s.reason}`)})`).join('; ')}
            </p>
          )}
          <details>
            <summary>{tr('inboxPage.reminders.mail')}</summary>
            <p>
              <strong>{preview.subject}</strong>
            </p>
            <pre style={{ whiteSpace: 'pre-wrap' }}>{preview.body}</pre>
          </details>
          <p>
            <Button appearance="primary" onClick={send} disabled={busy || preview.schools.length === 0}>
              {tr('inboxPage.reminders.send')}
            </Button>
          </p>
          <h3>{tr('inboxPage.reminders.log')}</h3>
          {log.length === 0 ? (
            <p>{tr('inboxPage.reminders.logEmpty')}</p>
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <Table aria-label={tr('inboxPage.reminders.log')} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{tr('inboxPage.reminders.at')}</TableHeaderCell>
                    <TableHeaderCell>{tr('inboxPage.table.school')}</TableHeaderCell>
                    <TableHeaderCell>{tr('inboxPage.reminders.to')}</TableHeaderCell>
                    <TableHeaderCell>{tr('inboxPage.reminders.by')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {log.map((e, i) => (
                    <TableRow key={i}>
                      <TableCell>{formatInstant(e.at, lang)}</TableCell>
                      <TableCell>{e.schoolName}</TableCell>
                      <TableCell>{Array.isArray(e.to) ? e.to.join(', ') : e.to}</TableCell>
                      <TableCell>{e.by ?? tr('inboxPage.reminders.scheduled')}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
