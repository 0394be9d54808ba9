/**
 * Re-save oracle (issue 11, DESIGN.md §8): the installed LibreOffice and pandoc re-save a ready report again, and what
 * the reader makes of the result must be what it makes of the stored fixtures (test/fixtures/resaved/, which the unit
 * tests use): the same template, fields, table and recovery method. Then the repaired report (controls put back around
 * the text) is laid out by LibreOffice: it opens, and every word of the report is in the PDF.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check, isReadyToSend } from '../../src/core/rules';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { FileHost } from '../../src/docx/fileHost';
import { readDocx } from '../../src/docx/read';
import { convertToPdf, libreOfficeAvailable, pdfText } from '../support/libreoffice';
import { RESAVE_WAYS, pandocAvailable, readyReportDocx, resave, sofficeAvailable } from '../support/resave';
import { NOW } from '../support/snapshots';

jest.setTimeout(600_000);

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'resaved');
const available = sofficeAvailable() && pandocAvailable() && libreOfficeAvailable();
const maybe = available ? describe : describe.skip;

function readable(s: DocumentSnapshot) {
  return {
    template: s.template,
    templateVia: s.templateVia,
    fields: Object.fromEntries(Object.entries(s.fields).map(([id, f]) => [id, { text: f.text.normalize('NFC'), via: f.via, picture: !!f.picture }])),
    table: s.table,
    ready: isReadyToSend(check(s, { now: NOW })),
  };
}

maybe('re-saved by the installed LibreOffice and pandoc', () => {
  const fresh = new Map<string, Uint8Array>();
  beforeAll(async () => {
    const ready = await readyReportDocx('individual');
    for (const way of RESAVE_WAYS) fresh.set(way, await resave(ready, way));
  });

  it.each(RESAVE_WAYS)('%s: read the same as the stored fixture', async (way) => {
    const stored = await readDocx(new Uint8Array(readFileSync(path.join(FIXTURES, `individual-${way}.docx`))));
    const now = await readDocx(fresh.get(way) as Uint8Array);
    expect(readable(now)).toEqual(readable(stored));
    expect(readable(now).ready).toBe(true);
  });

  it('the pandoc re-save, restored to live controls, lays out in LibreOffice with every word of the report', async () => {
    const host = await FileHost.open(fresh.get('pandoc') as Uint8Array);
    await host.applyFix({ kind: 'restoreControls' });
    const snap = await host.snapshot();
    expect(Object.values(snap.fields).every((f) => f.via === undefined)).toBe(true);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bctt-resave-oracle-'));
    try {
      const docx = path.join(dir, 'restored.docx');
      writeFileSync(docx, await host.fileBytes());
      const [pdf] = await convertToPdf([docx], dir);
      const laidOut = pdfText(pdf).replace(/\s+/g, ' ');
      const wordsOf = (text: string) => text.normalize('NFC').split(/\s+/).filter(Boolean);
      const missing = wordsOf(snap.bodyText).filter((w) => !laidOut.normalize('NFC').includes(w));
      expect(missing).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
