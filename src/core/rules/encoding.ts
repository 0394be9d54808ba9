/** encoding.legacy: text in TCVN3 / VNI fonts or byte patterns, and decomposed (NFD) Unicode. */
import type { DocumentSnapshot } from '../snapshot';
import { FIELD } from '../template/roles';
import { detectLegacy, legacyEncodingOfFont } from '../text';
import type { Finding, RuleConfig } from './types';
import { isNfcText as isNfc } from '../text/clean';

export function encodingLegacy(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const usage of snapshot.fonts) {
    if (usage.chars <= 0 && usage.sample === '') continue;
    const byFont = legacyEncodingOfFont(usage.name);
    const encoding = byFont ?? detectLegacy(usage.sample, usage.name)?.encoding ?? null;
    if (!encoding) continue;
    const key = `${encoding}\u0000${usage.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      rule: 'encoding.legacy',
      severity: 'error',
      message: {
        key: byFont ? `findings.encoding.legacyFont.${encoding}` : `findings.encoding.legacyPattern.${encoding}`,
        params: { font: usage.name },
      },
      fix: { kind: 'convertLegacy', encoding, font: usage.name },
    });
  }
  const nfd = firstNfdField(snapshot);
  if (nfd !== null || !isNfc(snapshot.bodyText)) {
    out.push({
      rule: 'encoding.legacy',
      severity: 'warning',
      message: { key: 'findings.encoding.nfd' },
      ...(nfd ? { field: nfd, target: { fieldId: nfd } } : {}),
      fix: { kind: 'normalizeNfc' },
    });
  }
  return out;
}

function firstNfdField(snapshot: DocumentSnapshot): string | null {
  for (const field of Object.values(snapshot.fields)) {
    if (!isNfc(field.text)) return field.id;
    if (field.paragraphs?.some((p) => !isNfc(p))) return field.id;
  }
  if (snapshot.table) for (const row of snapshot.table.rows) if (row.some((cell) => !isNfc(cell))) return FIELD.models;
  return null;
}
