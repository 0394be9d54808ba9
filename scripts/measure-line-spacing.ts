/**
 * Measures how many words of ordinary Vietnamese prose fill one page of the template's summary at a
 * few line spacings, by laying a long filled report out with LibreOffice (soffice --convert-to pdf)
 * and counting the words on full summary pages with pdftotext. Used to choose BODY_LINE_SPACING
 * (src/ooxml/layout.ts): 450–550 words per page, so 1,000 words ≈ two A4 pages.
 *
 *   npx tsx scripts/measure-line-spacing.ts [240ths...]     e.g. 276 312 324 336 360
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { templateParts, TEMPLATE_DATE } from '../src/docx/write';
import { stylesXml } from '../src/ooxml/styles';
import { BODY_LINE_SPACING } from '../src/ooxml/layout';
import { countWords, vietnameseProse } from '../test/support/prose';

async function docxWithSpacing(line: number, summary: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const part of templateParts('collective', {
    kind: 'collective',
    fields: { tenTapThe: 'Trường Tiểu học Kết Đoàn, Quận 1, Thành phố Hồ Chí Minh' },
    summary,
  })) {
    const content = part.name === 'word/styles.xml' ? stylesXml(line) : part.content;
    zip.file(part.name, content, { date: TEMPLATE_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function pageTexts(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
}

async function main(): Promise<void> {
  const spacings = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const lines = spacings.length > 0 ? spacings : [240, 276, 312, 324, 336, 360, BODY_LINE_SPACING];
  const dir = mkdtempSync(join(tmpdir(), 'bctt-measure-'));
  const summary = vietnameseProse(4000);
  for (const line of [...new Set(lines)]) {
    const file = join(dir, `spacing-${line}.docx`);
    writeFileSync(file, await docxWithSpacing(line, summary));
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file],
      {
        stdio: 'ignore',
      },
    );
    const pages = pageTexts(join(dir, `spacing-${line}.pdf`));
    // Pages 2..n-2 are full summary pages (page 1 has the title, the last ones the table).
    const full = pages.slice(1, -3).map((p) => countWords(p.replace(/^\s*\d+\s*$/m, '')));
    const avg = full.reduce((a, b) => a + b, 0) / full.length;
    const pdfPages = pages.filter((p) => p.trim() !== '').length;
    console.log(
      `line=${line} (${(line / 240).toFixed(3)} lines): ${avg.toFixed(0)} words/page over ${full.length} full pages [${full.join(', ')}]; ${pdfPages} pages`,
    );
  }
  // Also: how many pages do exactly 1,000 words take at the chosen spacing (summary only)?
  const file = join(dir, 'thousand.docx');
  writeFileSync(file, await docxWithSpacing(BODY_LINE_SPACING, vietnameseProse(1000)));
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file],
    { stdio: 'ignore' },
  );
  const info = execFileSync('pdfinfo', [join(dir, 'thousand.pdf')], { encoding: 'utf8' });
  console.log(
    `1,000 words at line=${BODY_LINE_SPACING}: ${/Pages:\s+(\d+)/.exec(info)?.[1]} pages (with title, name and the empty table)`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
