/** unit.cityLevel: the collective's name is written out up to the city ("…, Thành phố Hồ Chí Minh"). */
import type { DocumentSnapshot } from '../snapshot';
import type { Finding, RuleConfig } from './types';
import { fold } from '../text/clean';
import { filledText } from './filled';
import { FIELD as ROLE } from '../template/roles';

const FIELD = ROLE.collectiveName;
const CITY_WORD = 'thành phố';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Abbreviated forms of a city name: "TP.HCM", "TP HCM", "Tp. Hồ Chí Minh", "TPHCM", "T.P. Hồ Chí Minh",
 * "Thành phố HCM", "H.C.M", or the bare name without "Thành phố". Built from the configured name.
 */
function abbreviationPattern(cityName: string): RegExp {
  const full = fold(cityName);
  const proper = full.startsWith(CITY_WORD + ' ') ? full.slice(CITY_WORD.length + 1) : full;
  const words = proper.split(' ');
  const initials = words.map((w) => escape(w.normalize('NFD')[0])).join('\\.?\\s?');
  const name = `(?:${escape(proper).replace(/ /g, '\\s*')}|${initials}\\.?)`;
  const prefix = `(?:t\\.?\\s?p\\.?|${escape(CITY_WORD)})`;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${prefix}\\s*[.,:\\-]?\\s*${name}|${name})(?![\\p{L}\\p{N}])`, 'iu');
}

const patterns = new Map<string, RegExp>();

export function unitCityLevel(snapshot: DocumentSnapshot, config: RuleConfig): Finding[] {
  if (snapshot.template?.id !== 'collective') return [];
  const text = filledText(snapshot, FIELD);
  if (text === '') return [];
  const folded = fold(text);
  if (folded.includes(fold(config.cityName))) return [];
  let pattern = patterns.get(config.cityName);
  if (!pattern) patterns.set(config.cityName, (pattern = abbreviationPattern(config.cityName)));
  const match = pattern.exec(text);
  const base = { rule: 'unit.cityLevel' as const, severity: 'warning' as const, field: FIELD, target: { fieldId: FIELD } };
  if (match) return [{ ...base, message: { key: 'findings.unit.cityAbbreviated', params: { found: match[0].trim(), city: config.cityName } } }];
  return [{ ...base, message: { key: 'findings.unit.cityMissing', params: { city: config.cityName } } }];
}
