/**
 * The report's subject name and attachment file name, light enough for the shell's first chunk (no rule engine):
 * the download button saves the file under the same name the Send view shows (BCTT_2026-Q4_CaNhan_…).
 */
import { submissionFileName } from '../../core/mail/fileName';
import type { DocumentSnapshot } from '../../core/snapshot';
import type { Settings } from '../../core/settings';
import { subjectName } from '../../core/template';

/** The person's or collective's name as written in the document: one home in src/core/template/roles.ts. */
export { subjectName };

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
