import { MODEL_COLUMNS } from '../../src/core/template';
import { TEXT_WIDTH_TWIPS } from '../../src/ooxml/layout';
import { columnWidthsTwips, modelsTable } from '../../src/ooxml/table';
import { child, children, elements, paragraphTexts, parseXml, wAttr } from './xmlTestUtils';
import { NS } from '../../src/ooxml/namespaces';

function table(rows?: Parameters<typeof modelsTable>[0]) {
  const doc = parseXml(`<w:body xmlns:w="${NS.w}">${modelsTable(rows)}</w:body>`);
  return elements(doc, 'tbl')[0];
}

describe('columnWidthsTwips', () => {
  it('spans exactly the 165 mm text width', () => {
    expect(TEXT_WIDTH_TWIPS).toBe(11906 - 1701 - 850);
    expect(columnWidthsTwips().reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH_TWIPS);
  });

  it('follows MODEL_COLUMNS percentages to within a twip or two', () => {
    columnWidthsTwips().forEach((w, i) =>
      expect(Math.abs(w - (TEXT_WIDTH_TWIPS * MODEL_COLUMNS[i].widthPct) / 100)).toBeLessThan(3),
    );
  });
});

describe('modelsTable', () => {
  it('has a fixed grid matching the cell widths', () => {
    const tbl = table();
    const grid = children(child(tbl, 'tblGrid')!, 'gridCol').map((g) => Number(wAttr(g, 'w')));
    expect(grid).toEqual(columnWidthsTwips());
    expect(wAttr(elements(tbl, 'tblLayout')[0], 'type')).toBe('fixed');
    for (const tr of children(tbl, 'tr')) {
      expect(children(tr, 'tc').map((tc) => Number(wAttr(elements(tc, 'tcW')[0], 'w')))).toEqual(grid);
    }
  });

  it('never splits a body row across pages, whatever the number of rows (issue 11)', () => {
    for (const rows of [[], [{ ten: 'A' }], [{ ten: 'A' }, { moTa: 'B\nC' }, {}]]) {
      const body = children(table(rows), 'tr').slice(1);
      expect(body.length).toBe(Math.max(1, rows.length));
      for (const tr of body) {
        expect(child(child(tr, 'trPr')!, 'cantSplit')).toBeDefined();
        expect(child(child(tr, 'trPr')!, 'tblHeader')).toBeUndefined();
      }
    }
  });

  it('repeats the official header row on every page and keeps it whole', () => {
    const header = children(table(), 'tr')[0];
    const trPr = child(header, 'trPr')!;
    expect(child(trPr, 'tblHeader')).toBeDefined();
    expect(child(trPr, 'cantSplit')).toBeDefined();
    expect(children(header, 'tc').map((tc) => paragraphTexts(tc).join('\n'))).toEqual(
      MODEL_COLUMNS.map((c) => c.header),
    );
  });

  it('has single borders on every side and between cells', () => {
    const borders = child(child(table(), 'tblPr')!, 'tblBorders')!;
    expect(children(borders).map((b) => `${b.localName}:${wAttr(b, 'val')}`)).toEqual([
      'top:single',
      'left:single',
      'bottom:single',
      'right:single',
      'insideH:single',
      'insideV:single',
    ]);
  });

  it('has one empty row numbered 1 when there are no rows', () => {
    const rows = children(table([]), 'tr').slice(1);
    expect(rows.map((tr) => children(tr, 'tc').map((tc) => paragraphTexts(tc).join('\n')))).toEqual([
      ['1', '', '', '', '', ''],
    ]);
  });

  it('numbers many rows 1..n whatever the data says', () => {
    const rows = children(table(Array.from({ length: 25 }, (_, i) => ({ ten: `Mô hình ${i}` }))), 'tr').slice(1);
    expect(rows.map((tr) => paragraphTexts(children(tr, 'tc')[0]).join(''))).toEqual(
      Array.from({ length: 25 }, (_, i) => String(i + 1)),
    );
  });

  it('splits a multi-line cell into paragraphs', () => {
    const row = children(table([{ loTrinh: 'Tháng 9: khảo sát\r\nTháng 10: thí điểm' }]), 'tr')[1];
    expect(paragraphTexts(children(row, 'tc')[4])).toEqual(['Tháng 9: khảo sát', 'Tháng 10: thí điểm']);
  });
});
