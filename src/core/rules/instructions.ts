/** instructions.leftover: the letter's instruction text still standing in the report. */
import type { DocumentSnapshot } from '../snapshot';
import { instructionTexts } from '../template';
import type { TemplateKind } from '../template/types';
import type { Finding, RuleConfig } from './types';
import { clean, toNfc } from '../text/clean';

/** Words an opening "(" probe needs, and a probe from the middle of an instruction; shorter instructions must match whole. */
const OPENING_PROBE_WORDS = 5;
const INNER_PROBE_WORDS = 8;

interface Probe {
  /** Folded instruction text. */
  instruction: string;
  /** Offset of the probe inside it. */
  at: number;
  text: string;
}

function probesOf(instruction: string): Probe[] {
  const folded = clean(instruction).toLowerCase();
  const words = folded.split(' ');
  if (words.length < INNER_PROBE_WORDS) return [{ instruction: folded, at: 0, text: folded }];
  const probes: Probe[] = [];
  // A probe starts at the beginning and after each ", " or ". ", so a partial leftover is still found.
  const starts = [0];
  for (let i = 0; i < folded.length - 1; i++) if ((folded[i] === ',' || folded[i] === '.') && folded[i + 1] === ' ') starts.push(i + 2);
  for (const at of starts) {
    const rest = folded.slice(at).split(' ');
    const n = rest[0].startsWith('(') ? OPENING_PROBE_WORDS : INNER_PROBE_WORDS;
    if (rest.length < n) continue;
    probes.push({ instruction: folded, at, text: rest.slice(0, n).join(' ') });
  }
  return probes;
}

const probeCache = new Map<TemplateKind, Probe[]>();

function probesFor(kind: TemplateKind): Probe[] {
  let probes = probeCache.get(kind);
  if (!probes) probeCache.set(kind, (probes = instructionTexts(kind).flatMap(probesOf)));
  return probes;
}

/**
 * One case-insensitive pattern matching any probe, whatever the whitespace between its words; it scans the raw
 * body once without copying it. Only the neighbourhood of each hit is then cleaned and examined, so a long body
 * costs one pass and no large temporary strings.
 */
function probePattern(kind: TemplateKind): RegExp {
  let pattern = patternCache.get(kind);
  if (!pattern) {
    const alternatives = [...new Set(probesFor(kind).map((p) => p.text))].map((text) =>
      text
        .split(' ')
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s\\u200b]+'),
    );
    pattern = new RegExp(alternatives.join('|'), 'giu');
    patternCache.set(kind, pattern);
  }
  return pattern;
}

const patternCache = new Map<TemplateKind, RegExp>();

/** Room kept on each side of a hit: more than the longest instruction, whatever its spacing. */
const WINDOW = 1200;

export function instructionsLeftover(snapshot: DocumentSnapshot, _config: RuleConfig): Finding[] {
  const kind = snapshot.template?.id;
  if (!kind || snapshot.bodyText === '') return [];
  const raw = snapshot.bodyText;
  const body = toNfc(raw);
  const pattern = probePattern(kind);
  pattern.lastIndex = 0;
  // Windows around hits, merged when they overlap.
  const windows: Array<[number, number]> = [];
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    const from = Math.max(0, m.index - WINDOW);
    const to = Math.min(body.length, m.index + m[0].length + WINDOW);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const [from, to] of windows) {
    for (const finding of leftoversIn(body.slice(from, to), probesFor(kind))) {
      const key = finding.target!.text!.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(finding);
    }
  }
  return out;
}

/** Leftovers in a (small) piece of body text, in text order. */
function leftoversIn(piece: string, probes: Probe[]): Finding[] {
  const body = clean(piece);
  const lower = body.toLowerCase();
  const shown = lower.length === body.length ? body : lower;
  const found: Array<[number, number]> = [];
  const out: Array<{ start: number; finding: Finding }> = [];
  for (const probe of probes) {
    const pos = firstWholeWordMatch(lower, probe.text);
    if (pos < 0) continue;
    // Grow the match both ways while the body still follows the instruction.
    let start = pos;
    let i = probe.at;
    while (i > 0 && start > 0 && lower[start - 1] === probe.instruction[i - 1]) {
      start--;
      i--;
    }
    let end = pos + probe.text.length;
    let j = probe.at + probe.text.length;
    while (j < probe.instruction.length && end < lower.length && lower[end] === probe.instruction[j]) {
      end++;
      j++;
    }
    // Stop at word boundaries: "…1.000 chữ T(rong)" must not take the "T" of the next, different word.
    if (j < probe.instruction.length && end < lower.length && isWordChar(lower[end]) && isWordChar(lower[end - 1])) {
      const space = lower.lastIndexOf(' ', end - 1);
      if (space >= pos + probe.text.length) end = space;
    }
    if (i > 0 && start > 0 && isWordChar(lower[start - 1]) && isWordChar(lower[start])) {
      const space = lower.indexOf(' ', start);
      if (space >= 0 && space < pos) start = space + 1;
    }
    if (found.some(([s, e]) => start < e && end > s)) continue;
    found.push([start, end]);
    const text = shown.slice(start, end).trim();
    out.push({
      start,
      finding: {
        rule: 'instructions.leftover',
        severity: 'error',
        message: { key: 'findings.instructions.leftover', params: { text: excerpt(text) } },
        target: { text },
      },
    });
  }
  // Document order, so "go to" walks the body from the top.
  return out.sort((a, b) => a.start - b.start).map((o) => o.finding);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

/** First occurrence of `probe` in `text` that does not start inside a word, or -1. */
function firstWholeWordMatch(text: string, probe: string): number {
  const startsWithWord = isWordChar(probe[0]);
  for (let pos = text.indexOf(probe); pos >= 0; pos = text.indexOf(probe, pos + 1)) {
    if (!startsWithWord || pos === 0 || !isWordChar(text[pos - 1])) return pos;
  }
  return -1;
}

/** At most about 60 characters of a leftover, for the message. */
function excerpt(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.lastIndexOf(' ', 60);
  return text.slice(0, cut > 20 ? cut : 60) + '…';
}
