/**
 * Legacy Vietnamese encodings (TCVN3 / VNI): which fonts use them, and conversion to and from Unicode.
 * Detection from text patterns lives in legacyDetect.ts.
 */
import { normalize } from './normalize';
import { toUpperVi, toLowerVi } from './capitals';
import { tableOf, TCVN3_TABLE, type LegacyEncoding } from './legacyTables';

export type { LegacyEncoding } from './legacyTables';

/** Font name without surrounding spaces or quotes. */
function cleanFontName(fontName: string): string {
  return fontName.trim().replace(/^["']+|["']+$/g, '').trim();
}

/**
 * The legacy encoding a font implies: TCVN3 for the ABC fonts (".VnTime", ".VnArial", ".VnTimeH", …, all named ".Vn…"),
 * VNI for the VNI fonts ("VNI-Times", "VNI-Helve", "VNI Times", …); null for any other font.
 */
export function legacyEncodingOfFont(fontName: string): LegacyEncoding | null {
  const name = cleanFontName(fontName).toLowerCase();
  if (name.startsWith('.vn')) return 'tcvn3';
  if (/^vni[-\s_]/.test(name)) return 'vni';
  return null;
}

/**
 * True for the TCVN3 capitals-only fonts (".VnTimeH", ".VnArialH", ".VnArial NarrowH", …): their name ends in a capital H
 * (a style suffix such as " Bold" or ",Bold" is ignored). Their lower-case codes are shown as capitals.
 */
export function isCapitalsOnlyLegacyFont(fontName: string): boolean {
  const name = cleanFontName(fontName);
  if (legacyEncodingOfFont(name) !== 'tcvn3') return false;
  const base = name.replace(/[\s,:-]*(bold|italic|bolditalic|bold italic|regular)$/i, '').trim();
  return base.endsWith('H');
}

export interface LegacyOptions {
  /** The text is in a TCVN3 capitals-only font (…H): every letter is shown, and so converted, as a capital. */
  capitalsOnly?: boolean;
}

/**
 * Convert text written in a legacy encoding (as Word shows it in Unicode) to Unicode NFC.
 * TCVN3: one character per letter. VNI: base letter + combining character, read greedily.
 * Characters that are not part of the encoding pass through unchanged.
 * With `capitalsOnly` (a TCVN3 …H font) the result is in capitals, as the font displays it.
 */
export function fromLegacy(text: string, encoding: LegacyEncoding, options: LegacyOptions = {}): string {
  const out = decodeLegacy(text, encoding);
  return options.capitalsOnly ? toUpperVi(out) : normalize(out);
}

/** Single legacy characters (codes 0x80–0xFF) → Unicode, by code, for both encodings. */
const SINGLE: Record<LegacyEncoding, Array<string | undefined>> = { tcvn3: [], vni: [] };
for (const encoding of ['tcvn3', 'vni'] as const) {
  for (const [legacy, letter] of tableOf(encoding).decode) if (legacy.length === 1) SINGLE[encoding][legacy.charCodeAt(0)] = letter;
}

/**
 * {@link fromLegacy} without the final normalisation or capitals (the tables already give NFC letters).
 * One pass; unchanged stretches are copied in slices.
 */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  const single = SINGLE[encoding];
  const pairs = encoding === 'vni' ? tableOf('vni').decode : null;
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let mapped: string | undefined;
    let width = 1;
    if (pairs && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0x80 && next <= 0xff) {
        mapped = pairs.get(text[i] + text[i + 1]);
        if (mapped !== undefined) width = 2;
      }
    }
    if (mapped === undefined && code >= 0x80 && code <= 0xff) mapped = single[code];
    if (mapped === undefined) continue;
    if (i > runStart) parts.push(text.slice(runStart, i));
    parts.push(mapped);
    i += width - 1;
    runStart = i + 1;
  }
  if (runStart === 0) return text;
  if (runStart < text.length) parts.push(text.slice(runStart));
  return parts.join('');
}

/**
 * Convert Unicode text (NFC or NFD) to a legacy encoding, the inverse of {@link fromLegacy}.
 * TCVN3 has no code for accented capitals (Á, Ầ, …) in the ABC fonts: with `capitalsOnly` the whole text is written
 * with the lower-case codes a …H font shows as capitals (exact round trip); without it, such capitals are written
 * with their lower-case code and their case is lost. Characters with no legacy code pass through unchanged.
 */
export function toLegacy(text: string, encoding: LegacyEncoding, options: LegacyOptions = {}): string {
  const source = encoding === 'tcvn3' && options.capitalsOnly ? toLowerVi(text) : normalize(text);
  const { encode } = tableOf(encoding);
  let out = '';
  for (const ch of source) {
    const direct = encode.get(ch);
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    if (encoding === 'tcvn3') {
      // Accented capital with no ABC code: its lower-case code (ASCII capitals are kept as they are).
      const viaLower = TCVN3_TABLE.encode.get(ch.toLowerCase());
      out += viaLower !== undefined && viaLower.charCodeAt(0) >= 0x80 ? viaLower : ch;
      continue;
    }
    out += ch;
  }
  return out;
}
