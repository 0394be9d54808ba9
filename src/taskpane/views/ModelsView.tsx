/**
 * Models table form: one card per row of the table of exemplary models/projects, the five written columns with
 * the template's hint for each, TT shown as the card number. Rows are added, removed (with undo) and reordered
 * (buttons, keyboard accessible), then written with "Ghi vào tài liệu". Edits not yet written are kept as a draft
 * in localStorage (src/taskpane/forms/modelsDraft) and restored when the pane reloads.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import type { CheckResult } from '../app/checks';
import { useHost } from '../app/host';
import { useI18n } from '../app/i18n';
import { useAction } from '../app/useAction';
import { ErrorMessage } from '../components/ErrorMessage';
import { FormGate, useFormStyles } from '../components/FormGate';
import {
  TEXT_COLUMNS,
  addRow,
  clearDraft,
  documentKey,
  draftStorage,
  findingsAt,
  loadDraft,
  moveRow,
  removeRow,
  restoreRow,
  rowsFromSnapshot,
  rowsToWrite,
  sameRows,
  saveDraft,
  toFormRows,
  updateCell,
  validateRows,
  type DraftStorage,
  type FormRow,
  type Removed,
  type TextColumnId,
} from '../forms/modelsDraft';
import type { TemplateKind } from '../../core/template';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  cardTitle: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, listStyleType: 'none', margin: 0, padding: 0 },
});

export default function ModelsView() {
  return <FormGate>{(result, kind) => <ModelsForm key={kind} result={result} kind={kind} />}</FormGate>;
}

type Notice =
  | { kind: 'restored' }
  | { kind: 'written'; rows: number }
  | { kind: 'loaded'; rows: number }
  | { kind: 'removed'; removed: Removed };

/** One empty card when the document has no row yet: the person can start typing at once. */
function atLeastOne(rows: FormRow[]): FormRow[] {
  return rows.length > 0 ? rows : addRow([]);
}

/** Storage for the drafts; tests may swap it (the view itself takes no props). */
export const modelsDraftStorage: { current: () => DraftStorage } = { current: draftStorage };

function ModelsForm({ result, kind }: { result: CheckResult; kind: TemplateKind }) {
  const { t } = useI18n();
  const host = useHost();
  const { run, busy, error, clearError } = useAction();
  const formStyles = useFormStyles();
  const styles = useStyles();
  const storage = useMemo(() => modelsDraftStorage.current(), []);
  // The draft stays under the key of the document as it was when the form opened.
  const [docKey] = useState(() => documentKey(result.snapshot));

  const [state] = useState(() => {
    const fromDoc = rowsFromSnapshot(result.snapshot);
    const draft = docKey ? loadDraft(storage, docKey) : null;
    if (draft) {
      const drafted = toFormRows(draft.rows);
      if (!sameRows(drafted, fromDoc)) return { rows: drafted, dirty: true, notice: { kind: 'restored' } as Notice };
      clearDraft(storage, docKey!);
    }
    return { rows: atLeastOne(fromDoc), dirty: false, notice: null as Notice | null };
  });
  const [rows, setRows] = useState<FormRow[]>(state.rows);
  const [dirty, setDirty] = useState(state.dirty);
  const [notice, setNotice] = useState<Notice | null>(state.notice);
  const [confirmLoad, setConfirmLoad] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState('');
  const focusRequest = useRef<{ key: string; button: 'up' | 'down' | 'title' } | null>(null);
  const buttons = useRef(new Map<string, HTMLElement | null>());

  const findings = useMemo(() => validateRows(rows, kind), [rows, kind]);

  useEffect(() => {
    if (dirty && docKey) saveDraft(storage, docKey, rows);
  }, [rows, dirty, docKey, storage]);

  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const order = request.button === 'up' ? ['up', 'down'] : request.button === 'down' ? ['down', 'up'] : [];
    for (const which of [...order, 'title']) {
      const el = buttons.current.get(`${request.key}:${which}`);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  }, [rows]);

  const edit = (next: FormRow[]) => {
    setRows(next);
    setDirty(true);
    setConfirmLoad(false);
  };

  const move = (index: number, to: number, button: 'up' | 'down') => {
    const row = rows[index];
    focusRequest.current = { key: row.key, button };
    edit(moveRow(rows, index, to));
    setNotice(null);
    setStatus(t('forms.models.moved', { n: to + 1 }));
  };

  const remove = (index: number) => {
    const out = removeRow(rows, index);
    if (!out.removed) return;
    const neighbour = out.rows[Math.min(index, out.rows.length - 1)];
    if (neighbour) focusRequest.current = { key: neighbour.key, button: 'title' };
    edit(out.rows);
    setNotice({ kind: 'removed', removed: out.removed });
    setStatus(t('forms.models.removed', { n: index + 1 }));
  };

  const undo = (removed: Removed) => {
    focusRequest.current = { key: removed.row.key, button: 'title' };
    edit(restoreRow(rows, removed));
    setNotice(null);
    setStatus('');
  };

  const add = () => {
    const next = addRow(rows);
    focusRequest.current = { key: next[next.length - 1].key, button: 'title' };
    edit(next);
    setNotice(null);
  };

  const write = async () => {
    setShowAll(true);
    const out = rowsToWrite(rows);
    const ok = await run(async () => {
      await host.writeTable(out);
      return true;
    });
    if (!ok) return;
    if (docKey) clearDraft(storage, docKey);
    setDirty(false);
    setNotice({ kind: 'written', rows: out.length });
  };

  const load = async (confirmed: boolean) => {
    if (dirty && !confirmed) {
      setConfirmLoad(true);
      return;
    }
    setConfirmLoad(false);
    const table = await run(() => host.readTable());
    if (!table) return;
    if (docKey) clearDraft(storage, docKey);
    setRows(atLeastOne(toFormRows(table)));
    setDirty(false);
    setTouched(new Set());
    setShowAll(false);
    setNotice({ kind: 'loaded', rows: table.length });
  };

  const cellValidation = (index: number, row: FormRow, column: TextColumnId) => {
    if (!showAll && !touched.has(`${row.key}:${column}`)) return { state: 'none' as const };
    const list = findingsAt(findings, index, column);
    return list.length > 0
      ? { state: 'error' as const, message: list.map((f) => t(f.message.key, f.message.params)).join(' ') }
      : { state: 'none' as const };
  };

  const tableProblems = showAll ? findings.filter((f) => f.target?.tableRow === undefined) : [];

  return (
    <div className={formStyles.root}>
      <Text block>{t('forms.models.intro')}</Text>
      {error ? <ErrorMessage error={error} onDismiss={clearError} /> : null}
      {notice ? <NoticeBar notice={notice} onUndo={undo} onDiscard={() => void load(true)} busy={busy} /> : null}
      {tableProblems.map((f) => (
        <MessageBar key={f.message.key} intent="error" role="alert" layout="multiline">
          <MessageBarBody>{t(f.message.key, f.message.params)}</MessageBarBody>
        </MessageBar>
      ))}
      {rows.length === 0 ? <Text block>{t('forms.models.empty')}</Text> : null}
      <ol className={styles.list} aria-label={t('forms.models.listLabel')}>
        {rows.map((row, index) => {
          const n = index + 1;
          const titleId = `model-${row.key}-title`;
          const rowProblems = showAll ? findingsAt(findings, index) : [];
          return (
            <li key={row.key}>
              <Card className={styles.card} role="group" aria-labelledby={titleId}>
                <Text
                  as="h3"
                  id={titleId}
                  weight="semibold"
                  className={styles.cardTitle}
                  tabIndex={-1}
                  ref={(el: HTMLElement | null) => void buttons.current.set(`${row.key}:title`, el)}
                >
                  {t('forms.models.card', { n })}
                </Text>
                {rowProblems.map((f) => (
                  <MessageBar key={f.message.key} intent="error" role="alert" layout="multiline">
                    <MessageBarBody>{t(f.message.key, f.message.params)}</MessageBarBody>
                  </MessageBar>
                ))}
                {TEXT_COLUMNS.map((column) => {
                  const v = cellValidation(index, row, column);
                  return (
                    <Field
                      key={column}
                      label={t(`forms.models.column.${column}.header`)}
                      hint={t(`forms.models.column.${column}.hint`)}
                      required
                      validationState={v.state}
                      validationMessage={v.message}
                    >
                      <Textarea
                        value={row.cells[column]}
                        resize="vertical"
                        data-column={column}
                        onChange={(_, d) => edit(updateCell(rows, index, column, d.value))}
                        onBlur={() => setTouched((s) => new Set(s).add(`${row.key}:${column}`))}
                      />
                    </Field>
                  );
                })}
                <div className={formStyles.row}>
                  <Button
                    size="small"
                    icon={<ArrowUpRegular />}
                    disabled={index === 0}
                    aria-label={t('forms.models.moveUpLabel', { n })}
                    ref={(el) => void buttons.current.set(`${row.key}:up`, el)}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    {t('forms.models.moveUp')}
                  </Button>
                  <Button
                    size="small"
                    icon={<ArrowDownRegular />}
                    disabled={index === rows.length - 1}
                    aria-label={t('forms.models.moveDownLabel', { n })}
                    ref={(el) => void buttons.current.set(`${row.key}:down`, el)}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    {t('forms.models.moveDown')}
                  </Button>
                  <Button size="small" icon={<DeleteRegular />} aria-label={t('forms.models.removeLabel', { n })} onClick={() => remove(index)}>
                    {t('forms.models.remove')}
                  </Button>
                </div>
              </Card>
            </li>
          );
        })}
      </ol>
      <div className={formStyles.row}>
        <Button icon={<AddRegular />} onClick={add}>
          {t('forms.models.add')}
        </Button>
      </div>
      {confirmLoad ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('forms.models.confirmLoad')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void load(true)}>
              {t('forms.models.confirmLoadAction')}
            </Button>
            <Button size="small" onClick={() => setConfirmLoad(false)}>
              {t('forms.cancel')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={formStyles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void write()}>
          {t('forms.models.write')}
        </Button>
        <Button disabled={busy} onClick={() => void load(false)}>
          {t('forms.models.load')}
        </Button>
      </div>
      <Text role="status" aria-live="polite" className={formStyles.muted}>
        {dirty ? t('forms.models.unsaved') : ''} {status}
      </Text>
    </div>
  );
}

function NoticeBar({
  notice,
  onUndo,
  onDiscard,
  busy,
}: {
  notice: Notice;
  onUndo: (removed: Removed) => void;
  onDiscard: () => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  switch (notice.kind) {
    case 'restored':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('forms.models.restored')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={onDiscard}>
              {t('forms.models.discardDraft')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'removed':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('forms.models.removed', { n: notice.removed.index + 1 })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => onUndo(notice.removed)}>
              {t('forms.models.undo')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'written':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('forms.models.written', { rows: notice.rows })}</MessageBarBody>
        </MessageBar>
      );
    case 'loaded':
      return (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('forms.models.loaded', { rows: notice.rows })}</MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
