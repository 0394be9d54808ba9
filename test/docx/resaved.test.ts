/**
 * Reports re-saved by other programs (DESIGN.md §8, issue 11), from the stored fixtures of test/fixtures/resaved/
 * (made by test/fixtures/make-resaved.ts with LibreOffice 7.4 and pandoc 2.17; test/oracle/resave.test.ts remakes them
 * with the installed programs). A ready report must stay the same report: the same template, the same words in every
 * field and row, the same verdict; what was recovered and how is information, never "deleted"; restoring the controls
 * loses no word and brings back live controls.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check, isReadyToSend, stats } from '../../src/core/rules';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import type { FieldId } from '../../src/core/template';
import { lostWords } from '../../src/core/text';
import { FileHost } from '../../src/docx/fileHost';
import { readDocx } from '../../src/docx/read';
import { partText } from '../support/docxBuilder';
import { NOW } from '../support/snapshots';

const DIR = path.join(__dirname, '..', 'fixtures', 'resaved');
const KINDS = ['individual', 'collective'] as const;
const WAYS = ['libreoffice', 'libreoffice-odt', 'pandoc'] as const;

function bytesOf(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(DIR, name)));
}

/** What a person sees of a report: the template, every field's words, the table, the summary count. */
function content(s: DocumentSnapshot) {
  const fields: Record<string, string> = {};
  for (const [id, f] of Object.entries(s.fields)) if (id !== 'moHinh') fields[id] = f.text.normalize('NFC');
  return {
    template: s.template,
    fields,
    photo: s.fields.anh ? s.fields.anh.picture !== null && s.fields.anh.picture !== undefined : undefined,
    table: s.table,
    summaryWords: stats(s, { now: NOW }).summaryWords,
  };
}

function errorsOf(s: DocumentSnapshot): string[] {
  return check(s, { now: NOW })
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}:${f.field ?? ''}`);
}

describe.each(KINDS)('a ready %s report re-saved by another program', (kind) => {
  let ready: DocumentSnapshot;
  beforeAll(async () => {
    ready = await readDocx(bytesOf(`${kind}-ready.docx`));
    expect(isReadyToSend(check(ready, { now: NOW }))).toBe(true);
  });

  it.each(WAYS)('%s: the same template, the same words, the same verdict', async (way) => {
    const snap = await readDocx(bytesOf(`${kind}-${way}.docx`));
    expect(content(snap)).toEqual(content(ready));
    expect(errorsOf(snap)).toEqual([]);
    expect(isReadyToSend(check(snap, { now: NOW }))).toBe(true);
    // Nothing reported deleted; one piece of information says what was recognised and how.
    const intact = check(snap, { now: NOW }).filter((f) => f.rule === 'template.intact');
    const byLabels = way !== 'libreoffice';
    expect(intact).toEqual([
      {
        rule: 'template.intact',
        severity: 'info',
        message: { key: byLabels ? 'findings.template.recovered.labels' : 'findings.template.recovered.controls', params: { count: Object.keys(ready.fields).length } },
        fix: { kind: 'restoreControls' },
      },
    ]);
    // LibreOffice keeps aliases and docParts (and the custom XML part .docx to .docx); the others only the text.
    const vias = new Set(Object.values(snap.fields).map((f) => f.via));
    if (way === 'libreoffice') {
      expect([...vias].every((v) => v === 'alias' || v === 'docPart')).toBe(true);
      expect(snap.templateVia).toBeUndefined();
    } else {
      expect([...vias]).toEqual(['label']);
      expect(snap.templateVia).toBe('headings');
    }
  });

  it.each(WAYS)('%s: restoring the controls loses no word and brings live controls back', async (way) => {
    const host = await FileHost.open(bytesOf(`${kind}-${way}.docx`));
    const before = await host.snapshot();
    await host.applyFix({ kind: 'restoreControls' });
    const after = await host.snapshot();
    expect(lostWords(before.bodyText, after.bodyText)).toEqual([]);
    expect(lostWords(after.bodyText, before.bodyText)).toEqual([]);
    expect(content(after)).toEqual(content(ready));
    expect(Object.values(after.fields).every((f) => f.via === undefined)).toBe(true);
    expect(after.templateVia).toBeUndefined();
    expect(check(after, { now: NOW }).filter((f) => f.rule === 'template.intact')).toEqual([]);
    const xml = await partText(await host.fileBytes(), 'word/document.xml');
    for (const id of Object.keys(ready.fields)) expect(xml).toContain(`w:val="bctt.${id}"`);
    // And the live controls work: a field written through them lands in its place.
    const field = kind === 'individual' ? 'sinhNam' : 'tenTapThe';
    const value = kind === 'individual' ? '1985' : 'Tổ Văn, Trường THCS Nguyễn Du, Phường Bến Thành, Thành phố Hồ Chí Minh';
    await host.setField(field, value);
    expect((await host.snapshot()).fields[field].text).toBe(value);
  });

  it.each(WAYS)('%s: writing a field before restoring puts the controls back first, in place', async (way) => {
    const host = await FileHost.open(bytesOf(`${kind}-${way}.docx`));
    const before = await host.snapshot();
    await host.insertSummarySkeleton(['Phần bổ sung']);
    const after = await host.snapshot();
    expect(lostWords(before.bodyText, after.bodyText)).toEqual([]);
    expect(after.fields.tomTat.paragraphs).toEqual([...(before.fields.tomTat.paragraphs ?? []), 'Phần bổ sung', '']);
  });
});

describe('restore can no longer empty a document', () => {
  it.each(KINDS)('the %s report, every field restored one by one, keeps every word', async (kind) => {
    const host = await FileHost.open(bytesOf(`${kind}-pandoc.docx`));
    const before = await host.snapshot();
    for (const id of Object.keys(before.fields) as FieldId[]) await host.applyFix({ kind: 'restoreField', fieldId: id });
    const after = await host.snapshot();
    expect(lostWords(before.bodyText, after.bodyText)).toEqual([]);
    expect(content(after)).toEqual(content(before));
  });
});
