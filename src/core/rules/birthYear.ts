/** birthYear.valid: "Sinh năm" holds a four-digit year, plausible for a working adult. */
import type { DocumentSnapshot } from '../snapshot';
import type { Finding, RuleConfig } from './types';
import { vietnamDateOf } from '../calendar/vietnamTime';
import { filledText } from './filled';
import { FIELD as ROLE } from '../template/roles';

const FIELD = ROLE.birthYear;
const YEAR = /^\d{4}$/;
/** A full date: 12/05/1984, 12-5-1984, 12.05.1984 or 1984-05-12. */
const DAY_FIRST = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})$/;
const YEAR_FIRST = /^(\d{4})\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}$/;

export function birthYearValid(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  if (snapshot.template?.id !== 'individual') return [];
  const text = filledText(snapshot, FIELD);
  if (text === '') return [];
  const error = (key: string, params?: Record<string, string | number>): Finding[] => [
    { rule: 'birthYear.valid', severity: 'error', field: FIELD, message: { key, params }, target: { fieldId: FIELD } },
  ];
  if (!YEAR.test(text)) {
    const date = DAY_FIRST.exec(text) ?? YEAR_FIRST.exec(text);
    if (date) return error('findings.birthYear.fullDate', { year: date[1] });
    return error('findings.birthYear.notYear', { text });
  }
  const year = Number(text);
  const age = vietnamDateOf(config.now).year - year;
  const { minAge, maxAge } = config.birthYear;
  if (age < 0) return error('findings.birthYear.future', { year: text });
  if (age < minAge || age > maxAge) {
    return error('findings.birthYear.implausible', { year: text, age, minAge, maxAge });
  }
  return [];
}
