/**
 * The pieces every inbox screen shares: one table (Fluent's Table, scrolled sideways on a narrow screen, with its
 * empty text), the error and success notices, and the quarter picker. Screens describe their columns; the markup
 * lives here once.
 */
import type { ReactNode } from 'react';
import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useLang } from '../i18n';
import { quarterLabel } from '../logic';
import type { QuarterList } from '../types';

export interface Column<T> {
  /** Stable id of the column (React key). */
  id: string;
  header: string;
  cell(row: T): ReactNode;
}

export interface DataTableProps<T> {
  /** The table's accessible name. */
  label: string;
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey(row: T, index: number): string;
  /** Extra attributes of a row (e.g. `data-school`, which tests and styles find it by). */
  rowData?(row: T): Record<`data-${string}`, string>;
  /** Shown instead of the table when there is no row. */
  empty: string;
}

export function DataTable<T>({ label, columns, rows, rowKey, rowData, empty }: DataTableProps<T>) {
  if (rows.length === 0) return <p>{empty}</p>;
  // A table wider than the screen scrolls sideways: keyboard users reach that scrolling by focusing the region
  // (axe: scrollable-region-focusable).
  return (
    <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={label}>
      <Table aria-label={label} size="small">
        <TableHeader>
          <TableRow>
            {columns.map((c) => (
              <TableHeaderCell key={c.id}>{c.header}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => (
            <TableRow key={rowKey(row, i)} {...rowData?.(row)}>
              {columns.map((c) => (
                <TableCell key={c.id}>{c.cell(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The error (role=alert) and success (role=status) notices of a screen; nothing when both are empty. */
export function Notices({ error, message }: { error?: string; message?: string }) {
  return (
    <>
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
    </>
  );
}

/** The quarter picker of the quarter and reminders screens. */
export function QuarterPicker({ quarters, quarter, onQuarter }: { quarters: QuarterList; quarter: string; onQuarter(q: string): void }) {
  const { lang, tr } = useLang();
  return (
    <Field label={tr('inboxPage.quarter.pick')}>
      <Select value={quarter} onChange={(_, d) => onQuarter(d.value)}>
        {quarters.quarters.map((q) => (
          <option key={q} value={q}>
            {quarterLabel(q, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
