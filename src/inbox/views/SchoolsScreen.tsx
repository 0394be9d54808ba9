/** The school directory: import (CSV/.xlsx), edit, per-school onboarding link + QR code + key rotation. */
import { useCallback, useEffect, useState } from 'react';
import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { InboxApi } from '../api';
import { errorText } from '../errorText';
import { useLang } from '../i18n';
import { parseEmails } from '../logic';
import type { ImportResult, Onboarding, School, SchoolInput } from '../types';
import { type Column, DataTable, Notices } from './common';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end', margin: '12px 0' },
  card: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px', margin: '8px 0' },
  key: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

export function SchoolsScreen({ api, onChanged }: { api: InboxApi; onChanged(): void }) {
  const styles = useStyles();
  const { tr } = useLang();
  const [schools, setSchools] = useState<School[] | null>(null);
  const [error, setError] = useState('');
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [onboarding, setOnboarding] = useState<Onboarding[]>([]);
  const [editing, setEditing] = useState<School | 'new' | null>(null);

  const load = useCallback(() => {
    api.schools().then(setSchools, (err: unknown) => setError(errorText(err)));
  }, [api]);
  useEffect(load, [load]);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError('');
    try {
      const result = await api.importSchools(file, file.name);
      setImported(result);
      setOnboarding(result.onboarding);
      load();
      onChanged();
    } catch (err) {
      setError(errorText(err));
    }
  };

  const rotate = async (school: School) => {
    setError('');
    try {
      setOnboarding([await api.rotateKey(school.id)]);
      load();
    } catch (err) {
      setError(errorText(err));
    }
  };

  const columns: Array<Column<School>> = [
    { id: 'name', header: tr('inboxPage.table.school'), cell: (s) => s.name },
    { id: 'emails', header: tr('inboxPage.schools.emails'), cell: (s) => s.emails.join(', ') },
    { id: 'ward', header: tr('inboxPage.table.ward'), cell: (s) => s.ward },
    { id: 'cluster', header: tr('inboxPage.table.cluster'), cell: (s) => s.cluster ?? '' },
    {
      id: 'actions',
      header: tr('inboxPage.schools.actions'),
      cell: (s) => (
        <>
          <Button size="small" onClick={() => setEditing(s)} aria-label={tr('inboxPage.schools.editOne', { school: s.name })}>
            {tr('inboxPage.schools.edit')}
          </Button>{' '}
          <Button size="small" onClick={() => void rotate(s)} aria-label={tr('inboxPage.schools.keyOne', { school: s.name })}>
            {tr('inboxPage.schools.key')}
          </Button>
        </>
      ),
    },
  ];

  return (
    <section aria-labelledby="schools-title">
      <h2 id="schools-title">{tr('inboxPage.schools.title')}</h2>
      <div className={styles.form}>
        <Field label={tr('inboxPage.schools.import')} hint={tr('inboxPage.schools.importHint')}>
          {(fieldProps) => (
            <input
              {...fieldProps}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                void importFile(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          )}
        </Field>
        <Button onClick={() => setEditing('new')}>{tr('inboxPage.schools.add')}</Button>
      </div>
      <Notices error={error} />
      {imported && (
        <MessageBar intent={imported.errors.length ? 'warning' : 'success'} role="status">
          <MessageBarBody>
            {tr('inboxPage.schools.imported', { created: imported.created, updated: imported.updated, errors: imported.errors.length })}
            {imported.errors.map((e) => (
              <div key={e.row}>{tr('inboxPage.schools.importRow', { row: e.row, error: e.error })}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {editing && (
        <SchoolForm
          api={api}
          school={editing === 'new' ? null : editing}
          onDone={(created) => {
            setEditing(null);
            if (created) setOnboarding([created]);
            load();
            onChanged();
          }}
        />
      )}
      {onboarding.length > 0 && (
        <section aria-labelledby="onboarding-title">
          <h3 id="onboarding-title">{tr('inboxPage.onboarding.title')}</h3>
          <p>{tr('inboxPage.onboarding.once')}</p>
          {onboarding.map((o) => (
            <div key={o.schoolId} className={styles.card} data-onboarding={o.schoolName}>
              <strong>{o.schoolName}</strong>
              <div>
                {tr('inboxPage.onboarding.key')}: <span className={styles.key}>{o.key}</span>
              </div>
              <div>
                <Link href={o.link} target="_blank" rel="noopener">
                  {tr('inboxPage.onboarding.link')}
                </Link>{' '}
                · <Link href={o.manifestUrl}>{tr('inboxPage.onboarding.manifest')}</Link>
              </div>
              <img
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(o.qrSvg)}`}
                alt={tr('inboxPage.onboarding.qr', { school: o.schoolName })}
                width={160}
                height={160}
              />
            </div>
          ))}
        </section>
      )}
      {!schools ? (
        !error && <Spinner />
      ) : (
        <DataTable
          label={tr('inboxPage.schools.title')}
          columns={columns}
          rows={schools}
          rowKey={(s) => s.id}
          rowData={(s) => ({ 'data-school': s.name })}
          empty={tr('inboxPage.schools.empty')}
        />
      )}
    </section>
  );
}

function SchoolForm({ api, school, onDone }: { api: InboxApi; school: School | null; onDone(created: Onboarding | null): void }) {
  const styles = useStyles();
  const { tr } = useLang();
  const [name, setName] = useState(school?.name ?? '');
  const [emails, setEmails] = useState(school?.emails.join(', ') ?? '');
  const [ward, setWard] = useState(school?.ward ?? '');
  const [cluster, setCluster] = useState(school?.cluster ? String(school.cluster) : '');
  const [error, setError] = useState('');

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const input: SchoolInput = { name, emails: parseEmails(emails), ward, cluster: cluster ? Number(cluster) : null };
    try {
      if (school) {
        await api.updateSchool(school.id, input);
        onDone(null);
      } else {
        onDone((await api.createSchool(input)).onboarding);
      }
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <form className={styles.card} onSubmit={save} aria-label={school ? tr('inboxPage.schools.editOne', { school: school.name }) : tr('inboxPage.schools.add')}>
      <div className={styles.form}>
        <Field label={tr('inboxPage.table.school')} required>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={tr('inboxPage.schools.emails')} hint={tr('inboxPage.schools.emailsHint')}>
          <Input value={emails} onChange={(_, d) => setEmails(d.value)} />
        </Field>
        <Field label={tr('inboxPage.table.ward')}>
          <Input value={ward} onChange={(_, d) => setWard(d.value)} />
        </Field>
        <Field label={tr('inboxPage.table.cluster')}>
          <Select value={cluster} onChange={(_, d) => setCluster(d.value)}>
            <option value="">—</option>
            {[1, 2, 3, 4, 5].map((c) => (
              <option key={c} value={String(c)}>
                {tr('inboxPage.cluster', { n: c })}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Notices error={error} />
      <Button type="submit" appearance="primary">
        {tr('inboxPage.schools.save')}
      </Button>{' '}
      <Button onClick={() => onDone(null)}>{tr('inboxPage.cancel')}</Button>
    </form>
  );
}
