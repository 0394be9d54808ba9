/** name.uppercase and name.noAbbreviation: the individual's full name, in capitals and in full. */
import type { DocumentSnapshot } from '../snapshot';
import { isUppercaseName, toUpperVi } from '../text';
import type { Finding, RuleConfig } from './types';
import { tokens } from '../text/clean';
import { filledText } from './filled';
import { FIELD as ROLE } from '../template/roles';

const FIELD = ROLE.fullName;

function individualName(snapshot: DocumentSnapshot): string {
  return snapshot.template?.id === 'individual' ? filledText(snapshot, FIELD) : '';
}

/** The full name must be written in capitals ("NGUYỄN THỊ MAI"); the fix converts it. NFD input is read as NFC. */
export function nameUppercase(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  const name = individualName(snapshot);
  if (name === '') return [];
  if (isUppercaseName(name)) return [];
  const upper = toUpperVi(name);
  return [
    {
      rule: 'name.uppercase',
      severity: 'error',
      field: FIELD,
      message: { key: 'findings.name.uppercase', params: { suggestion: upper } },
      target: { fieldId: FIELD },
      fix: { kind: 'uppercaseName', fieldId: FIELD },
    },
  ];
}

/** Vowel letters, with or without Vietnamese diacritics (checked on NFC text, after stripping marks). */
const VOWEL = /[aăâeêioôơuưy]/i;
/** A syllable of one letter is a real name only for "Y" (Ê Đê names: "Y BHIM") or a vowel carrying a Vietnamese mark ("Ý", "Ư"). */
const PLAIN_LETTER = /^[a-zđ]$/i;

function baseLetters(part: string): string {
  return part.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd');
}

/** Why a part of a name is an abbreviation, or null when it reads as a whole syllable. */
export function abbreviatedPart(part: string): boolean {
  if (part.includes('.')) return true; // "T.", "NG.", "T.T."
  const letters = part.replace(/['’-]/g, '');
  if (letters === '') return true;
  if (!VOWEL.test(baseLetters(letters))) return true; // "V", "NG", "TT": no vowel, not a syllable
  if (letters.length === 1 && PLAIN_LETTER.test(letters) && letters.toUpperCase() !== 'Y') return true; // "A", "E"
  return false;
}

/** At least two words and no abbreviated part ("NGUYỄN T. MAI", "NG. VĂN A", "NGUYỄN V A"). */
export function nameNoAbbreviation(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  const name = individualName(snapshot);
  if (name === '') return [];
  const parts = tokens(name);
  const base = { rule: 'name.noAbbreviation' as const, severity: 'error' as const, field: FIELD, target: { fieldId: FIELD } };
  if (parts.length < 2) return [{ ...base, message: { key: 'findings.name.tooShort', params: { name } } }];
  const abbreviated = parts.filter(abbreviatedPart);
  if (abbreviated.length === 0) return [];
  return [{ ...base, message: { key: 'findings.name.abbreviated', params: { parts: abbreviated.join(', ') } } }];
}
