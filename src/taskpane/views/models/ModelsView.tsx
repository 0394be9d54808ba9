/**
 * Models table form: one card per row of the table of exemplary models/projects, the five written columns with
 * the template's hint for each, TT shown as the card number. Rows are added, removed (with undo) and reordered
 * (buttons, keyboard accessible), then written with "Ghi vào tài liệu". Edits not yet written are kept as a draft
 * in localStorage (src/taskpane/views/models/modelsDraft.ts) and restored when the pane reloads. The workflow lives in
 * models/modelsWorkflow.ts (driven through useModelsWorkflow); this file renders it and moves the focus.
 */
import { useEffect, useMemo, useRef } from 'react';
import {
  Button,
  Card,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { useChecks, type CheckResult } from '../../state/checks';
import { useHost } from '../../state/host';
import { useI18n } from '../../state/i18n';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { FormGate, useFormStyles } from '../../shell/FormGate';
import { TEXT_COLUMNS, draftStorage, findingsAt, type DraftStorage, type Removed } from './modelsDraft';
import type { TemplateKind } from '../../../core/template';
import type { ModelsNotice } from './modelsWorkflow';
import { useModelsWorkflow } from './useModelsWorkflow';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  cardTitle: { margin: 0 },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, listStyleType: 'none', margin: 0, padding: 0 },
});

export default function ModelsView() {
  return <FormGate>{(result, kind) => <ModelsForm key={kind} result={result} kind={kind} />}</FormGate>;
}

/** Storage for the drafts; tests may swap it (the view itself takes no props). */
export const modelsDraftStorage: { current: () => DraftStorage } = { current: draftStorage };

function ModelsForm({ result, kind }: { result: CheckResult; kind: TemplateKind }) {
  const { t } = useI18n();
  const host = useHost();
  const { refresh } = useChecks();
  const formStyles = useFormStyles();
  const styles = useStyles();
  const storage = useMemo(() => modelsDraftStorage.current(), []);
  const { workflow, state } = useModelsWorkflow({ host, kind, storage, refresh }, result.snapshot);
  const { rows, dirty, notice, confirmLoad, showAll, busy, error } = state;
  const buttons = useRef(new Map<string, HTMLElement | null>());

  const findings = useMemo(() => workflow.findings(), [workflow, rows, kind]);

  useEffect(() => {
    const request = state.focus;
    if (!request) return;
    workflow.focusDone();
    const order = request.button === 'up' ? ['up', 'down'] : request.button === 'down' ? ['down', 'up'] : [];
    for (const which of [...order, 'title']) {
      const el = buttons.current.get(`${request.key}:${which}`);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  }, [state.focus, workflow]);

  const cellValidation = (index: number, column: (typeof TEXT_COLUMNS)[number]) => {
    const list = workflow.cellFindings(findings, index, column);
    return list.length > 0
      ? { state: 'error' as const, message: list.map((f) => t(f.message.key, f.message.params)).join(' ') }
      : { state: 'none' as const };
  };

  const tableProblems = showAll ? findings.filter((f) => f.target?.tableRow === undefined) : [];
  const status = state.status ? t(state.status.key, { n: state.status.n }) : '';

  return (
    <div className={formStyles.root}>
      <Text block>{t('forms.models.intro')}</Text>
      {error ? <ErrorMessage error={error} onDismiss={() => workflow.clearError()} /> : null}
      {notice ? <NoticeBar notice={notice} onUndo={(r) => workflow.undo(r)} onDiscard={() => void workflow.load(true)} busy={busy} /> : null}
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
                  const v = cellValidation(index, column);
                  return (
                    <Field
                      key={column}
                      label={t(`forms.models.column.${column}.header`)}
                      hint={t(`forms.models.column.${column}.hint`)}
                      required
                      validationState={v.state}
                      validationMessage={v.message}
                    >
                      <GrowingTextarea
                        value={row.cells[column]}
                        data-column={column}
                        onChange={(_, d) => workflow.setCell(index, column, d.value)}
                        onBlur={() => workflow.touch(index, column)}
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
                    onClick={() => workflow.move(index, index - 1)}
                  >
                    {t('forms.models.moveUp')}
                  </Button>
                  <Button
                    size="small"
                    icon={<ArrowDownRegular />}
                    disabled={index === rows.length - 1}
                    aria-label={t('forms.models.moveDownLabel', { n })}
                    ref={(el) => void buttons.current.set(`${row.key}:down`, el)}
                    onClick={() => workflow.move(index, index + 1)}
                  >
                    {t('forms.models.moveDown')}
                  </Button>
                  <Button size="small" icon={<DeleteRegular />} aria-label={t('forms.models.removeLabel', { n })} onClick={() => workflow.remove(index)}>
                    {t('forms.models.remove')}
                  </Button>
                </div>
              </Card>
            </li>
          );
        })}
      </ol>
      <div className={formStyles.row}>
        <Button icon={<AddRegular />} onClick={() => workflow.add()}>
          {t('forms.models.add')}
        </Button>
      </div>
      {confirmLoad ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('forms.models.confirmLoad')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void workflow.load(true)}>
              {t('forms.models.confirmLoadAction')}
            </Button>
            <Button size="small" onClick={() => workflow.cancelLoad()}>
              {t('forms.cancel')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <div className={formStyles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void workflow.write()}>
          {t('forms.models.write')}
        </Button>
        <Button disabled={busy} onClick={() => void workflow.load(false)}>
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
  notice: ModelsNotice;
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
