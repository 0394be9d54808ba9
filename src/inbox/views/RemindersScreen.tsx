/** Reminders: who will be reminded for a quarter, "send now", and the log. */
import { useCallback, useEffect, useState } from 'react';
import { Button, Field, Input, Spinner, Switch } from '@fluentui/react-components';
import type { InboxApi } from '../api';
import { errorText } from '../errorText';
import { useLang } from '../i18n';
import { formatInstant, parseReminderDays, statusLabel } from '../logic';
import type { QuarterList, ReminderLogEntry, ReminderPreview, ReminderSettings } from '../types';
import { type Column, DataTable, Notices, QuarterPicker } from './common';

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

  const logColumns: Array<Column<ReminderLogEntry>> = [
    { id: 'at', header: tr('inboxPage.reminders.at'), cell: (e) => formatInstant(e.at, lang) },
    { id: 'school', header: tr('inboxPage.table.school'), cell: (e) => e.schoolName },
    { id: 'to', header: tr('inboxPage.reminders.to'), cell: (e) => (Array.isArray(e.to) ? e.to.join(', ') : e.to) },
    { id: 'by', header: tr('inboxPage.reminders.by'), cell: (e) => e.by ?? tr('inboxPage.reminders.scheduled') },
  ];

  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{tr('inboxPage.reminders.title')}</h2>
      <ReminderSettingsForm api={api} />
      <QuarterPicker quarters={quarters} quarter={quarter} onQuarter={onQuarter} />
      <Notices error={error} message={message} />
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
          <DataTable label={tr('inboxPage.reminders.log')} columns={logColumns} rows={log} rowKey={(_, i) => String(i)} empty={tr('inboxPage.reminders.logEmpty')} />
        </>
      )}
    </section>
  );
}

/**
 * When scheduled reminders go: on or off, and how many days before the quarter's last allowed day (up to five
 * values, 0–60). Stored by the server (PUT /reminders/settings), not in the environment.
 */
function ReminderSettingsForm({ api }: { api: InboxApi }) {
  const { tr } = useLang();
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [days, setDays] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    api.reminderSettings().then(
      (s) => {
        setSettings(s);
        setDays(s.daysBefore.join(', '));
      },
      (err: unknown) => setError(errorText(err)),
    );
  }, [api]);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!settings) return;
    const parsed = parseReminderDays(days);
    setInvalid(parsed === null);
    setMessage('');
    setError('');
    if (parsed === null) return;
    try {
      const saved = await api.saveReminderSettings({ enabled: settings.enabled, daysBefore: parsed });
      setSettings(saved);
      setDays(saved.daysBefore.join(', '));
      setMessage(tr('inboxPage.reminders.settingsSaved'));
    } catch (err) {
      setError(errorText(err));
    }
  };

  if (!settings) return error ? <Notices error={error} /> : null;
  return (
    <form onSubmit={save} aria-label={tr('inboxPage.reminders.settings')} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end', margin: '12px 0' }}>
      <Switch
        checked={settings.enabled}
        label={tr('inboxPage.reminders.enabled')}
        onChange={(_, d) => setSettings({ ...settings, enabled: d.checked })}
      />
      <Field
        label={tr('inboxPage.reminders.days')}
        hint={tr('inboxPage.reminders.daysHint')}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? tr('inboxPage.reminders.daysInvalid') : undefined}
      >
        <Input value={days} onChange={(_, d) => setDays(d.value)} />
      </Field>
      <Button type="submit">{tr('inboxPage.reminders.saveSettings')}</Button>
      <div style={{ flexBasis: '100%' }}>
        <Notices error={error} message={message} />
      </div>
    </form>
  );
}
