/**
 * Real Word-made files from public test suites (test/fixtures/real/, sources in its README): each is read like any
 * other document, with what it must produce in expected.json. Among them a "Strict Open XML" document
 * (mammoth-strict-format.docx), whose namespaces and universal measures ("595.30pt") the reader maps (strict.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { check } from '../../src/core/rules';
import { countWords } from '../../src/core/text';
import { readDocx } from '../../src/docx/read';
import { transitionalNamespace, transitionalRelType, twipsOf } from '../../src/docx/strict';
import { NOW } from '../support/snapshots';

const DIR = path.join(__dirname, '..', 'fixtures', 'real');
interface Expected {
  text: string[];
  words: number;
  pages: number | null;
  pageWidthMm: number | null;
  font: { name: string; sizePt: number | null } | null;
  template: null;
}
const EXPECTED = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;

describe('real Word-made files', () => {
  it('has an expected outcome for every fixture and a fixture for every outcome', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.docx')).sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(EXPECTED))('%s is read as expected', async (file, want) => {
    const snap = await readDocx(new Uint8Array(readFileSync(path.join(DIR, file))));
    expect(snap.bodyText.split('\n').filter((l) => l.trim()).slice(0, 3)).toEqual(want.text);
    expect(countWords(snap.bodyText)).toBe(want.words);
    expect(snap.pages?.count ?? null).toBe(want.pages);
    expect(snap.pageSetup?.widthMm ?? null).toBe(want.pageWidthMm);
    expect(snap.fonts[0] ? { name: snap.fonts[0].name, sizePt: snap.fonts[0].sizePt } : null).toEqual(want.font);
    expect(snap.template).toBe(want.template);
    // Not one of our reports: said so, and nothing else is made up.
    expect(check(snap, { now: NOW }).map((f) => f.rule)).toContain('template.present');
    expect(Object.keys(snap.fields)).toEqual([]);
  });

  it('reads the Strict document like a transitional one: text, A4 page, margins in points, font size', async () => {
    const snap = await readDocx(new Uint8Array(readFileSync(path.join(DIR, 'mammoth-strict-format.docx'))));
    expect(snap.bodyText).toBe('Test');
    expect(snap.pageSetup).toEqual({ widthMm: 210, heightMm: 297, margins: { topMm: 25.4, bottomMm: 25.4, leftMm: 25.4, rightMm: 25.4 } });
    expect(snap.fonts).toEqual([{ name: 'Calibri', sizePt: 11, chars: 4, sample: 'Test' }]);
  });
});

describe('Strict names and measures', () => {
  it('maps Strict namespaces and relationship types, and leaves others alone', () => {
    expect(transitionalNamespace('http://purl.oclc.org/ooxml/wordprocessingml/main')).toBe('http://schemas.openxmlformats.org/wordprocessingml/2006/main');
    expect(transitionalNamespace('http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing')).toBe(
      'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
    );
    expect(transitionalNamespace('http://purl.oclc.org/ooxml/unknown')).toBe('http://purl.oclc.org/ooxml/unknown');
    expect(transitionalNamespace('urn:bao-cao-thanh-tich:report')).toBe('urn:bao-cao-thanh-tich:report');
    expect(transitionalRelType('http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties')).toBe(
      'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
    );
    expect(transitionalRelType('http://purl.oclc.org/ooxml/officeDocument/relationships/styles')).toBe(
      'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
    );
  });

  it('reads twips and universal measures; refuses anything else', () => {
    expect(twipsOf('11906')).toBe(11906);
    expect(twipsOf('595.30pt')).toBeCloseTo(11906);
    expect(twipsOf('21cm')).toBeCloseTo(11905.5, 0);
    expect(twipsOf('210mm')).toBeCloseTo(11905.5, 0);
    expect(twipsOf('1in')).toBe(1440);
    expect(twipsOf('1pc')).toBe(240);
    expect(twipsOf('')).toBeNull();
    expect(twipsOf('12px')).toBeNull();
    expect(twipsOf(undefined)).toBeNull();
  });
});
