/**
 * The sender of a submission: the school (unit), the sender's name and position. The mail is signed with them and the
 * relay refuses a submission without the unit or the sender's name, so the send view asks for all three before the
 * first send, prefilled from the report where it holds them.
 */
import type { DocumentSnapshot } from '../snapshot';
import { FIELD } from '../template/roles';
import type { SubmissionKind } from './types';
import { cleanLine } from './sanitize';

export const SENDER_FIELDS = ['unitName', 'senderName', 'senderRole'] as const;
export type SenderField = (typeof SENDER_FIELDS)[number];
export type Sender = Record<SenderField, string>;

/** The sender fields still empty (after cleaning), in display order. */
export function missingSenderFields(sender: Partial<Sender>): SenderField[] {
  return SENDER_FIELDS.filter((field) => cleanLine(sender[field]) === '');
}

/** Words that start the name of a school or an education unit in a "position, unit" text. */
const UNIT_START = /(?:^|[\s,;–-])((?:trường|phòng|sở|trung tâm|ban|ủy ban|uỷ ban|công đoàn|liên đội|đoàn)\s.*)$/iu;

/**
 * The unit in an individual's "Chức vụ, đơn vị công tác" text: the part starting with a school word after the
 * position ("Hiệu trưởng Trường THCS Lê Lợi", "Tổ trưởng, Trường TH An Lạc" → "Trường …"), else what follows the
 * first comma or dash ("Giáo viên, Nhà thiếu nhi Quận 3" → "Nhà thiếu nhi Quận 3"); '' when neither is there.
 */
export function unitFromPosition(text: string): string {
  const line = cleanLine(text);
  if (!line) return '';
  const named = UNIT_START.exec(line);
  if (named && named.index > 0) return named[1].trim();
  const separated = /^[^,;–]+?\s*(?:,|;|\s[–-]\s)\s*(.+)$/u.exec(line);
  return separated ? separated[1].trim() : '';
}

/**
 * What the report itself says about the sender: the collective's name is its unit; an individual's unit is in the
 * position-and-unit field. Fields still showing their placeholder say nothing.
 */
export function senderFromReport(snapshot: Pick<DocumentSnapshot, 'fields'>, kind: SubmissionKind): Partial<Sender> {
  const text = (id: string): string => {
    const field = snapshot.fields[id];
    return field && !field.showingPlaceholder ? cleanLine(field.text) : '';
  };
  const unitName = kind === 'collective' ? text(FIELD.collectiveName) : unitFromPosition(text(FIELD.position));
  return unitName ? { unitName } : {};
}
