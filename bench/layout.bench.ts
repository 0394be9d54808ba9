/**
 * Benchmark of the layout model (issue 13): pages of a complete report whose summary has 1,000 words of real prose
 * (test/fixtures/prose) and 3 model rows, both templates; also 10,000 words. Fresh input every iteration.
 * Run: npx tsx bench/layout.bench.ts   (or: npm run bench -- layout)     Target: under 1 ms at 1,000 words.
 */
import { performance } from 'node:perf_hooks';
import { type LayoutInput, layoutReport } from '../src/core/layout';
import { MODEL_ROWS, realProse } from '../test/support/reportGrid';

const TARGET_MS = 1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function input(kind: LayoutInput['kind'], words: number): LayoutInput {
  return {
    kind,
    fields:
      kind === 'individual'
        ? { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Hiệu trưởng' }
        : { tenTapThe: 'Tổ Toán, Trường THCS Nguyễn Du' },
    summary: realProse(words),
    rows: MODEL_ROWS.slice(0, 3).map((m, i) => [
      String(i + 1),
      m.ten ?? '',
      m.donVi ?? '',
      m.moTa ?? '',
      m.loTrinh ?? '',
      m.ketQua ?? '',
    ]),
  };
}

function measure(kind: LayoutInput['kind'], words: number): { ms: number; pages: number } {
  const base = input(kind, words);
  const iterations = Math.max(50, Math.round(2_000_000 / words));
  let pages = 0;
  for (let i = 0; i < iterations >> 2; i++) pages = layoutReport({ ...base, summary: [...base.summary] }).pages;
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const fresh = { ...base, summary: base.summary.map((p) => p + '') };
    const start = performance.now();
    pages = layoutReport(fresh).pages;
    times.push(performance.now() - start);
  }
  return { ms: median(times), pages };
}

export default function main(): void {
  const lines: string[] = [];
  let worst1k = 0;
  for (const kind of ['individual', 'collective'] as const) {
    for (const words of [1_000, 10_000]) {
      const { ms, pages } = measure(kind, words);
      if (words === 1_000) worst1k = Math.max(worst1k, ms);
      lines.push(
        `${kind.padEnd(10)} ${String(words).padStart(6)} words + 3 rows: ${ms.toFixed(3)} ms (median), ${pages} pages`,
      );
    }
  }
  lines.push(
    `VERDICT ${worst1k < TARGET_MS ? 'MET' : 'NOT MET'}: layout of a 1,000-word report ${worst1k.toFixed(3)} ms (target < ${TARGET_MS} ms)`,
  );
  console.log(lines.join('\n'));
}

if (require.main === module) main();
