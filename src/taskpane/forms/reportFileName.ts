/**
 * The report's subject name and attachment file name, light enough for the shell's first chunk (no rule engine):
 * the download button saves the file under the same name the Send view shows (BCTT_2026-Q4_CaNhan_…).
 */
import { submissionFileName } from '../../core/mail/fileName';
import type { DocumentSnapshot } from '../../core/snapshot';
import type { Settings } from '../../core/settings';
import type { TemplateKind } from '../../core/template';

/** The person's or collective's name as written in the document ('' while the field shows its placeholder). */
export function subjectName(snapshot: DocumentSnapshot, kind: TemplateKind): string {
  const field = snapshot.fields[kind === 'individual' ? 'hoTen' : 'tenTapThe'];
  return field && !field.showingPlaceholder ? field.text : '';
}

/** The Send view's file name for this report; null while the document holds no template. */
export function reportFileName(
  result: { snapshot: DocumentSnapshot; period: { year: number; quarter: 1 | 2 | 3 | 4 } },
  settings: Pick<Settings, 'unitName'>,
): string | null {
  const kind = result.snapshot.template?.id;
  if (kind !== 'individual' && kind !== 'collective') return null;
  return submissionFileName({
    kind,
    subjectName: subjectName(result.snapshot, kind),
    unitName: settings.unitName,
    period: { year: result.period.year, quarter: result.period.quarter },
  });
}
