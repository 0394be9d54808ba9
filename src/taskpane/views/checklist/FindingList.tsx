/**
 * The check list's findings, grouped by severity, each with "go to" (in file mode also the form that holds the field)
 * and a fix where the host can carry it out. Its own chunk: the findings come with the first check, after the view's
 * first paint (ChecklistView fetches it right after that paint; first-view budget).
 */
import { Text } from '@fluentui/react-components';
import type { Finding, FindingTarget, Severity } from '../../../core/rules/types';
import { fold } from '../../../core/text/clean';
import type { DocumentHost } from '../../../core/host';
import type { DocumentSnapshot } from '../../../core/snapshot';
import type { CheckResult } from '../../state/checks';
import { useI18n } from '../../state/i18n';
import type { ViewId } from '../../state/navigation';
import type { useAction } from '../../state/useAction';
import { SHELL_CLASSES } from '../../shell/shellClasses';
import { FindingItem } from './FindingItem';

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

const styles = { heading: SHELL_CLASSES.heading, list: SHELL_CLASSES.checklistList };

export default function FindingList({
  result,
  host,
  mode,
  action,
  go,
}: {
  result: CheckResult;
  host: DocumentHost;
  mode: 'word' | 'file';
  action: ReturnType<typeof useAction>;
  go: (view: ViewId, target?: FindingTarget) => void;
}) {
  const { t } = useI18n();
  const findings = result.findings.filter((f) => f.rule !== 'template.present');
  const fixes = host.capabilities.fixes;

  const goTo = (finding: Finding) => {
    // The host selects the finding's own place (in Word, a text is searched in the whole body).
    const target = targetOf(finding);
    const form = mode === 'file' ? formViewOf(finding, result.snapshot) : null;
    void action.run(async () => {
      if (target) await host.goTo(target);
    });
    // The summary's form is its editor: it opens at the finding's place (its text, else the end of the summary).
    if (form) go(form, targetOf(finding, result.snapshot) ?? undefined);
  };

  return (
    <>
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
                  canGoTo={mode === 'word' ? targetOf(finding) !== null : formViewOf(finding, result.snapshot) !== null}
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
    </>
  );
}
