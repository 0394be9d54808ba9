/**
 * Snapshots for rule tests: complete reports that pass every rule at NOW, an empty template, and helpers to
 * derive variants. Texts are NFC unless a test makes them otherwise.
 */
import type { DocumentSnapshot, FieldSnapshot } from '../../src/core/snapshot';
import { resolveConfig, type PartialRuleConfig } from '../../src/core/rules/config';
import type { RuleConfig } from '../../src/core/rules/types';
import { MODEL_COLUMNS, TEMPLATES } from '../../src/core/template';
import type { TemplateKind } from '../../src/core/template/types';

/** 25 November 2026, 09:00 in Ho Chi Minh City: Q4 2026, deadline 2 January 2027 (38 days left). */
export const NOW = new Date('2026-11-25T09:00:00+07:00');

export function config(partial: PartialRuleConfig = {}): RuleConfig {
  return resolveConfig({ now: NOW, ...partial });
}

/** 25 words of ordinary Vietnamese report prose. */
export const SENTENCE =
  'Trong năm học vừa qua, tập thể giáo viên đã tích cực đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin và nâng cao chất lượng giáo dục.';

/** A summary of exactly `words` words (whole sentences, then a tail of single words). */
export function summaryOf(words: number): string {
  const per = SENTENCE.split(' ').length;
  const sentences: string[] = [];
  let left = words;
  while (left >= per) {
    sentences.push(SENTENCE);
    left -= per;
  }
  if (left > 0) sentences.push(Array.from({ length: left }, () => 'thêm').join(' '));
  return sentences.join(' ');
}

export function field(id: string, text: string, extra: Partial<FieldSnapshot> = {}): FieldSnapshot {
  return { id, text, showingPlaceholder: false, ...extra };
}

export function placeholder(id: string, extra: Partial<FieldSnapshot> = {}): FieldSnapshot {
  return { id, text: '', showingPlaceholder: true, ...extra };
}

export const HEADER = MODEL_COLUMNS.map((c) => c.header);

export const MODEL_ROW = [
  '1',
  'Thư viện xanh thân thiện',
  'Tổ Ngữ văn, Thư viện trường',
  'Không gian đọc ngoài trời dành cho học sinh, sách được quyên góp và luân chuyển.',
  'Tháng 9/2025: khảo sát; tháng 10/2025: thí điểm; tháng 12/2025: nhân rộng.',
  'Hơn 600 học sinh tham gia, mượn 2.400 lượt sách; được Phòng Giáo dục khen.',
];

export const EMPTY_ROW = ['1', '', '', '', '', ''];

/** The body text as a host would report it: headings, labels and what is written, no placeholder text. */
export function composeBody(s: DocumentSnapshot): string {
  if (!s.template) return s.bodyText;
  const spec = TEMPLATES[s.template.id];
  const lines: string[] = [spec.title.vi];
  for (const f of spec.fields) {
    const fs = s.fields[f.id];
    if (f.kind === 'richText') lines.push(spec.headings.summary);
    if (f.kind === 'table') {
      lines.push(spec.headings.models);
      if (s.table) for (const row of [s.table.header, ...s.table.rows]) lines.push(row.join('\t'));
      continue;
    }
    if (!fs || fs.showingPlaceholder) {
      if (f.label) lines.push(`- ${f.label.vi}:`);
      continue;
    }
    lines.push(f.label ? `- ${f.label.vi}: ${fs.text}` : fs.text);
  }
  return lines.join('\n');
}

function base(kind: TemplateKind, fields: Record<string, FieldSnapshot>, rows: string[][]): DocumentSnapshot {
  const s: DocumentSnapshot = {
    template: { id: kind, version: TEMPLATES[kind].version },
    fields,
    table: { header: [...HEADER], rows },
    bodyText: '',
    pages: { count: 3, source: 'layout' },
    pageSetup: { widthMm: 210, heightMm: 297, margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 } },
    fonts: [{ name: 'Times New Roman', sizePt: 14, chars: 6000, sample: SENTENCE }],
    sendHistory: [],
    unavailable: [],
  };
  s.bodyText = composeBody(s);
  return s;
}

/** An individual report that passes every rule at NOW. */
export function completeIndividual(): DocumentSnapshot {
  return base(
    'individual',
    {
      anh: field('anh', '', { picture: { widthEmu: 40 * 36000, heightEmu: 60 * 36000 } }),
      hoTen: field('hoTen', 'NGUYỄN THỊ MAI'),
      sinhNam: field('sinhNam', '1984'),
      chucVuDonVi: field('chucVuDonVi', 'Hiệu trưởng Trường Tiểu học Lê Ngọc Hân'),
      tomTat: field('tomTat', summaryOf(1100)),
      moHinh: field('moHinh', ''),
    },
    [[...MODEL_ROW], [...EMPTY_ROW]],
  );
}

/** A collective report that passes every rule at NOW. */
export function completeCollective(): DocumentSnapshot {
  return base(
    'collective',
    {
      tenTapThe: field('tenTapThe', 'Trường Tiểu học Lê Ngọc Hân, Phường Bến Thành, Thành phố Hồ Chí Minh'),
      tomTat: field('tomTat', summaryOf(1100)),
      moHinh: field('moHinh', ''),
    },
    [[...MODEL_ROW]],
  );
}

/** A freshly inserted template: every field shows its placeholder, the table has its one empty row. */
export function emptyTemplate(kind: TemplateKind): DocumentSnapshot {
  const fields: Record<string, FieldSnapshot> = {};
  for (const f of TEMPLATES[kind].fields) fields[f.id] = placeholder(f.id, f.kind === 'picture' ? { picture: null } : {});
  const s = base(kind, fields, [[...EMPTY_ROW]]);
  s.pages = { count: 1, source: 'layout' };
  return s;
}

/** A copy of `s` with some fields replaced (or removed with `null`) and the body text recomposed. */
export function withFields(s: DocumentSnapshot, changes: Record<string, FieldSnapshot | string | null>): DocumentSnapshot {
  const fields = { ...s.fields };
  for (const [id, value] of Object.entries(changes)) {
    if (value === null) delete fields[id];
    else fields[id] = typeof value === 'string' ? field(id, value, fields[id]?.picture !== undefined ? { picture: fields[id].picture } : {}) : value;
  }
  const out: DocumentSnapshot = { ...s, fields };
  out.bodyText = composeBody(out);
  return out;
}

/** A copy of `s` with other table rows (header kept unless given) and the body text recomposed. */
export function withRows(s: DocumentSnapshot, rows: string[][], header: string[] = HEADER): DocumentSnapshot {
  const out: DocumentSnapshot = { ...s, table: { header: [...header], rows } };
  out.bodyText = composeBody(out);
  return out;
}

/** Decomposed (NFD) form, as some Vietnamese keyboards type it. */
export function nfd(text: string): string {
  return text.normalize('NFD');
}
