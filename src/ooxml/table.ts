/**
 * The models/projects table: six columns with the official headers, the header row
 * repeated on every page, widths from MODEL_COLUMNS, single borders, TT numbered 1..n automatically.
 * Cell text: one paragraph per line ("\n" splits paragraphs, as the reader joins them with "\n").
 */
import { MODEL_COLUMNS } from '../core/template';
import type { ColumnId } from '../core/template';
import { sanitizeText } from './escape';
import { TEXT_WIDTH_TWIPS } from './layout';
import { paragraph } from './paragraphs';
import { textRun } from './runs';

/** A body row's cells by column id; `tt` is ignored (numbered automatically). */
export type ModelRowCells = Partial<Record<Exclude<ColumnId, 'tt'>, string>>;

/** Column widths in twips, from MODEL_COLUMNS' percentages, summing exactly to the text width. */
export function columnWidthsTwips(totalTwips = TEXT_WIDTH_TWIPS): number[] {
  const widths = MODEL_COLUMNS.map((c) => Math.round((totalTwips * c.widthPct) / 100));
  const diff = totalTwips - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] += diff;
  return widths;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

function tableProps(): string {
  return (
    '<w:tblPr>' +
    '<w:tblStyle w:val="TableGrid"/>' +
    `<w:tblW w:w="${TEXT_WIDTH_TWIPS}" w:type="dxa"/>` +
    '<w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('') +
    '</w:tblBorders>' +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>' +
    '</w:tblPr>'
  );
}

function cell(widthTwips: number, text: string, style: string, center: boolean): string {
  const lines = sanitizeText(text).split('\n');
  const paragraphs = lines
    .map((line) => paragraph(textRun(line), { style, align: center ? 'center' : undefined }))
    .join('');
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${widthTwips}" w:type="dxa"/>` +
    (center ? '<w:vAlign w:val="center"/>' : '') +
    `</w:tcPr>${paragraphs}</w:tc>`
  );
}

function headerRow(widths: number[]): string {
  return (
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
    MODEL_COLUMNS.map((c, i) => cell(widths[i], c.header, 'BcttTableHeader', true)).join('') +
    '</w:tr>'
  );
}

/** Body rows never split across pages (a TT number left alone at the foot of a page). */
function bodyRow(widths: number[], index: number, cells: ModelRowCells): string {
  return (
    '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
    MODEL_COLUMNS.map((c, i) =>
      c.id === 'tt'
        ? cell(widths[i], String(index + 1), 'BcttTableText', true)
        : cell(widths[i], cells[c.id] ?? '', 'BcttTableText', false),
    ).join('') +
    '</w:tr>'
  );
}

/** The whole `w:tbl`: header row, then the given rows, or one empty row numbered 1 when there are none. */
export function modelsTable(rows: readonly ModelRowCells[] = []): string {
  const widths = columnWidthsTwips();
  const body = rows.length > 0 ? rows : [{}];
  return (
    '<w:tbl>' +
    tableProps() +
    '<w:tblGrid>' +
    widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') +
    '</w:tblGrid>' +
    headerRow(widths) +
    body.map((cells, i) => bodyRow(widths, i, cells)).join('') +
    '</w:tbl>'
  );
}
