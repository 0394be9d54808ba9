/** The quarter at a glance: counts, one row per school with its status and latest submission, filters, exports. */
import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Link, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { InboxApi } from '../api';
import { errorText } from '../errorText';
import { useLang } from '../i18n';
import { NO_FILTERS, STATUSES, countRows, filterRows, formatDay, formatInstant, quarterLabel, statusDetail, type RowFilters } from '../logic';
import type { QuarterList, QuarterRow, QuarterView, Status } from '../types';
import { type Column, DataTable, Notices, QuarterPicker } from './common';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'end', margin: '12px 0' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '12px 0', padding: 0, listStyleType: 'none' },
  count: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px 12px',
    minWidth: '120px',
  },
  countValue: { display: 'block', fontSize: '24px', fontWeight: 600 },
  late: { color: tokens.colorPaletteDarkOrangeForeground1 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  onTime: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorNeutralForeground1 },
});

export function QuarterScreen({
  api,
  quarters,
  quarter,
  onQuarter,
  onOpen,
}: {
  api: InboxApi;
  quarters: QuarterList;
  quarter: string;
  onQuarter(q: string): void;
  onOpen(id: string): void;
}) {
  const styles = useStyles();
  const { lang, tr } = useLang();
  const [view, setView] = useState<QuarterView | null>(null);
  const [error, setError] = useState('');
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);

  useEffect(() => {
    let live = true;
    setView(null);
    api.quarter(quarter).then(
      (v) => live && setView(v),
      (err: unknown) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [api, quarter]);

  const rows = useMemo(() => (view ? filterRows(view.rows, filters) : []), [view, filters]);
  const counts = countRows(rows, view?.counts.unsorted ?? 0);
  const wards = useMemo(() => {
    const all = new Set(quarters.wards);
    for (const row of view?.rows ?? []) if (row.school.ward) all.add(row.school.ward);
    return [...all].sort((a, b) => a.localeCompare(b, 'vi'));
  }, [quarters, view]);
  const exportQuery = { ward: filters.ward, cluster: filters.cluster };
  const columns: Array<Column<QuarterRow>> = [
    { id: 'school', header: tr('inboxPage.table.school'), cell: (row) => row.school.name },
    { id: 'ward', header: tr('inboxPage.table.ward'), cell: (row) => row.school.ward },
    { id: 'cluster', header: tr('inboxPage.table.cluster'), cell: (row) => row.school.cluster ?? '' },
    {
      id: 'status',
      header: tr('inboxPage.table.status'),
      cell: (row) => (
        <span className={styles[row.status]} data-status={row.status}>
          {statusDetail(row, lang)}
        </span>
      ),
    },
    {
      id: 'latest',
      header: tr('inboxPage.table.latest'),
      cell: (row) =>
        row.latest ? (
          <Button appearance="transparent" size="small" onClick={() => onOpen(row.latest!.id)}>
            {tr('inboxPage.table.open', { at: formatInstant(row.latest.receivedAt, lang), file: row.latest.fileName })}
          </Button>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <section aria-labelledby="quarter-title">
      <h2 id="quarter-title">{tr('inboxPage.quarter.title', { quarter: quarterLabel(quarter, lang) })}</h2>
      <div className={styles.bar}>
        <QuarterPicker quarters={quarters} quarter={quarter} onQuarter={onQuarter} />
        <Field label={tr('inboxPage.filter.ward')}>
          <Select value={filters.ward} onChange={(_, d) => setFilters({ ...filters, ward: d.value })}>
            <option value="">{tr('inboxPage.filter.all')}</option>
            {wards.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tr('inboxPage.filter.cluster')}>
          <Select
            value={filters.cluster === null ? '' : String(filters.cluster)}
            onChange={(_, d) => setFilters({ ...filters, cluster: d.value ? Number(d.value) : null })}
          >
            <option value="">{tr('inboxPage.filter.all')}</option>
            {quarters.clusters.map((c) => (
              <option key={c} value={String(c)}>
                {tr('inboxPage.cluster', { n: c })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tr('inboxPage.filter.status')}>
          <Select value={filters.status} onChange={(_, d) => setFilters({ ...filters, status: d.value as Status | '' })}>
            <option value="">{tr('inboxPage.filter.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {tr(`inboxPage.filter.status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Notices error={error} />
      {!view ? (
        !error && <Spinner />
      ) : (
        <>
          <p>
            {tr('inboxPage.quarter.deadline', { date: formatDay(view.lastDay) })}{' '}
            {view.daysLeft >= 0 ? tr('inboxPage.quarter.daysLeft', { days: view.daysLeft }) : tr('inboxPage.quarter.closed')}
          </p>
          <ul className={styles.counts} aria-label={tr('inboxPage.counts.label')}>
            {(['onTime', 'late', 'errors', 'missing', 'unsorted'] as const).map((k) => (
              <li key={k} className={styles.count} data-count={k}>
                <span className={styles.countValue}>{counts[k]}</span>
                {tr(`inboxPage.counts.${k}`)}
              </li>
            ))}
          </ul>
          {view.choice && (
            <MessageBar intent="success">
              <MessageBarBody>
                {tr('inboxPage.choice.current', { school: view.choice.schoolName, by: view.choice.by })}{' '}
                <Link href={api.url(`/quarters/${quarter}/letter`)} download>
                  {tr('inboxPage.choice.letter')}
                </Link>
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.bar} role="group" aria-label={tr('inboxPage.export.label')}>
            <Link href={api.url(`/quarters/${quarter}/export.xlsx`, exportQuery)} download data-export="xlsx">
              {tr('inboxPage.export.xlsx')}
            </Link>
            <Link href={api.url(`/quarters/${quarter}/export.zip`)} download data-export="zip">
              {tr('inboxPage.export.zip')}
            </Link>
            <Link href={api.url(`/quarters/${quarter}/print`, exportQuery)} target="_blank" rel="noopener">
              {tr('inboxPage.export.print')}
            </Link>
          </div>
          <DataTable
            label={tr('inboxPage.table.label')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.school.id}
            rowData={(row) => ({ 'data-school': row.school.name })}
            empty={tr('inboxPage.table.empty')}
          />
        </>
      )}
    </section>
  );
}
