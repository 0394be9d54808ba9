/**
 * The checklist, the heart of the pane: progress on top, then every finding of the live checks grouped by severity,
 * each with "go to" (in file mode also the form that holds the field) and a fix where the host can carry it out.
 */
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import type { Finding, FindingTarget, Severity } from '../../../core/rules/types';
import { fold } from '../../../core/text/clean';
import type { DocumentSnapshot } from '../../../core/snapshot';
import { useChecks } from '../../state/checks';
import { ForeignDocumentNotice } from '../../shell/ForeignDocumentNotice';
import { useHostApi } from '../../state/host';
import { useI18n } from '../../state/i18n';
import { useNavigation, type ViewId } from '../../state/navigation';
import { useAction } from '../../state/useAction';
import { ShellError } from '../../shell/ShellError';
import { FindingItem } from './FindingItem';
import { ProgressPanel } from '../../ui/ProgressPanel';
import { useReportStatus } from '../../shell/ShellStatus';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const GROUP_TITLE: Record<Severity, string> = { error: 'ui.checklist.groupError', warning: 'ui.checklist.groupWarning', info: 'ui.checklist.groupInfo' };

/** The form view that edits a field, for "go to" in file mode. */
const FORM_OF_FIELD: Readonly<Record<string, ViewId>> = {
  hoTen: 'fields',
  sinhNam: 'fields',
  chucVuDonVi: 'fields',
  tenTapThe: 'fields',
  anh: 'photo',
  moHinh: 'models',
  tomTat: 'guide',
};

/**
 * Where a finding is. A finding that names only a text (leftover instruction text) is placed in the field whose text
 * holds it when a snapshot is given, so file mode can open that field's form (the summary's editor) at the text.
 */
export function targetOf(finding: Finding, snapshot?: DocumentSnapshot): FindingTarget | null {
  const target = finding.target ?? (finding.field ? { fieldId: finding.field } : null);
  if (!target || target.fieldId !== undefined || !target.text || !snapshot) return target;
  const wanted = fold(target.text);
  const field = Object.values(snapshot.fields).find((f) => !f.showingPlaceholder && fold(f.text).includes(wanted));
  return field ? { ...target, fieldId: field.id } : target;
}

export function formViewOf(finding: Finding, snapshot?: DocumentSnapshot): ViewId | null {
  const target = targetOf(finding, snapshot);
  if (!target) return null;
  if (target.tableRow !== undefined || target.column !== undefined) return 'models';
  return (target.fieldId && FORM_OF_FIELD[target.fieldId]) || null;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  notice: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' },
});

function StartHint({ message }: { message: string }) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const styles = useStyles();
  return (
    <div className={styles.notice}>
      <Text block>{t(message)}</Text>
      <Button appearance="primary" onClick={() => go('start')}>
        {t('ui.view.goStart')}
      </Button>
    </div>
  );
}

export default function ChecklistView() {
  const { t } = useI18n();
  const styles = useStyles();
  const { host, mode } = useHostApi();
  const { result, error: checkError, refresh, checking } = useChecks();
  const { go } = useNavigation();
  const status = useReportStatus();
  const action = useAction();

  if (!host) {
    return (
      <div className={styles.root}>
        <ProgressPanel />
        <StartHint message="ui.checklist.noDocumentFile" />
      </div>
    );
  }

  const findings = (result?.findings ?? []).filter((f) => f.rule !== 'template.present');
  const fixes = host.capabilities.fixes;

  const goTo = (finding: Finding) => {
    // The host selects the finding's own place (in Word, a text is searched in the whole body).
    const target = targetOf(finding);
    const form = mode === 'file' ? formViewOf(finding, result?.snapshot) : null;
    void action.run(async () => {
      if (target) await host.goTo(target);
    });
    // The summary's form is its editor: it opens at the finding's place (its text, else the end of the summary).
    if (form) go(form, targetOf(finding, result?.snapshot) ?? undefined);
  };

  return (
    <div className={styles.root}>
      <ProgressPanel />
      <div className={styles.head}>
        <Text as="h3" size={400} weight="semibold" className={styles.heading} data-state={status.state}>
          {status.text}
        </Text>
        <Button size="small" icon={<ArrowClockwise16Regular />} onClick={() => void refresh()} disabled={checking}>
          {t('ui.checklist.checkNow')}
        </Button>
      </div>
      {checkError ? <ShellError error={checkError} /> : null}
      {action.error ? <ShellError error={action.error} onDismiss={action.clearError} /> : null}
      {!result && !checkError ? <Spinner size="small" label={t('ui.status.checking')} /> : null}
      {result && !result.snapshot.template ? <ForeignDocumentNotice /> : null}
      {result?.snapshot.template && status.state === 'ready' ? <Text block>{t('ui.checklist.allGood')}</Text> : null}
      {SEVERITIES.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const headingId = `checklist-group-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId} data-testid={`findings-${severity}`}>
            <Text as="h3" size={300} weight="semibold" id={headingId} className={styles.heading}>
              {t(GROUP_TITLE[severity], { count: group.length })}
            </Text>
            <ul className={styles.list}>
              {group.map((finding, i) => (
                <FindingItem
                  key={`${finding.rule}:${finding.message.key}:${i}`}
                  finding={finding}
                  canGoTo={mode === 'word' ? targetOf(finding) !== null : formViewOf(finding, result?.snapshot) !== null}
                  canFix={finding.fix !== undefined && fixes.includes(finding.fix.kind)}
                  busy={action.busy}
                  onGoTo={() => goTo(finding)}
                  onFix={() => {
                    const fix = finding.fix;
                    if (fix) void action.run(() => host.applyFix(fix));
                  }}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
