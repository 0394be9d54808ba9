/**
 * The audit log (administrators): who signed in, viewed, chose, exported, reminded, and changed the directory or
 * the accounts, newest first, filtered by kind of action; older entries on demand (GET /audit?before=).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Field, Select, Spinner } from '@fluentui/react-components';
import type { InboxApi } from '../api';
import { errorText } from '../errorText';
import { useLang } from '../i18n';
import { AUDIT_GROUPS, type AuditGroup, auditActionLabel, auditGroupOf, formatInstant } from '../logic';
import type { AuditEntry } from '../types';
import { type Column, DataTable, Notices } from './common';

const PAGE = 200;

export function AuditScreen({ api }: { api: InboxApi }) {
  const { lang, tr } = useLang();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [more, setMore] = useState(false);
  const [group, setGroup] = useState<AuditGroup | ''>('');
  const [error, setError] = useState('');

  const load = useCallback(
    (before?: number) => {
      api.audit(before, PAGE).then(
        (page) => {
          setEntries((shown) => (before ? [...(shown ?? []), ...page] : page));
          setMore(page.length === PAGE);
        },
        (err: unknown) => setError(errorText(err)),
      );
    },
    [api],
  );
  useEffect(() => load(), [load]);

  const shown = useMemo(() => (entries ?? []).filter((e) => !group || auditGroupOf(e.action) === group), [entries, group]);
  const columns: Array<Column<AuditEntry>> = [
    { id: 'at', header: tr('inboxPage.audit.at'), cell: (e) => formatInstant(e.at, lang) },
    { id: 'user', header: tr('inboxPage.audit.user'), cell: (e) => e.username ?? '—' },
    { id: 'action', header: tr('inboxPage.audit.action'), cell: (e) => <span data-action={e.action}>{auditActionLabel(e.action, lang)}</span> },
    { id: 'target', header: tr('inboxPage.audit.target'), cell: (e) => [e.target, e.detail].filter(Boolean).join(' · ') },
  ];

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{tr('inboxPage.audit.title')}</h2>
      <Field label={tr('inboxPage.audit.filter')}>
        <Select value={group} onChange={(_, d) => setGroup(d.value as AuditGroup | '')}>
          <option value="">{tr('inboxPage.filter.all')}</option>
          {AUDIT_GROUPS.map((g) => (
            <option key={g} value={g}>
              {tr(`inboxPage.audit.group.${g}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Notices error={error} />
      {!entries ? (
        !error && <Spinner />
      ) : (
        <>
          <DataTable label={tr('inboxPage.audit.title')} columns={columns} rows={shown} rowKey={(e) => String(e.id)} empty={tr('inboxPage.audit.empty')} />
          {more && <Button onClick={() => load(entries.at(-1)?.id)}>{tr('inboxPage.audit.more')}</Button>}
        </>
      )}
    </section>
  );
}
