/**
 * The covering letter that goes to the emulation council with the chosen report, as a .docx in the Decree
 * 30/2020/NĐ-CP administrative layout, built from the templates' own blocks (src/ooxml: page setup, styles, runs,
 * paragraphs, escaping; src/docx/package: package parts): national title and motto, the office, number and date
 * placeholders, the subject "V/v giới thiệu gương điển hình tiên tiến quý N/YYYY", the body naming the chosen
 * report and the office's note, "Nơi nhận" and the signature block. The letter itself is Vietnamese (an official
 * document); only its file name follows the chosen language.
 */
import JSZip from 'jszip';
import {
  NS,
  PAGE,
  TEXT_WIDTH_TWIPS,
  XML_DECLARATION,
  emptyHeaderXml,
  fontTableXml,
  paragraph,
  pageNumberHeaderXml,
  sectPr,
  settingsXml,
  stylesXml,
  textContent,
} from '../../src/ooxml';
import { CONTENT_TYPES, REL_TYPES, appXml, contentTypesXml, coreXml, relationshipsXml } from '../../src/docx/package';

export interface LetterInput {
  /** The office sending the letter, e.g. "Phòng Giáo dục và Đào tạo Quận 1". */
  office: string;
  /** The body above it, e.g. "UBND Quận 1"; may be empty. */
  parent: string;
  year: number;
  quarter: number;
  /** The chosen report. */
  schoolName: string;
  subjectName: string;
  kind: 'individual' | 'collective' | null;
  note: string;
  /** Recipient council, e.g. "Hội đồng Thi đua - Khen thưởng Quận 1". */
  council: string;
  date: Date;
}

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  sizePt?: number;
  underline?: boolean;
}

function run(text: string, style: RunStyle = {}): string {
  const content = textContent(text);
  if (!content) return '';
  let props = '';
  if (style.bold) props += '<w:b/><w:bCs/>';
  if (style.italic) props += '<w:i/><w:iCs/>';
  if (style.underline) props += '<w:u w:val="single"/>';
  if (style.sizePt) props += `<w:sz w:val="${style.sizePt * 2}"/><w:szCs w:val="${style.sizePt * 2}"/>`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${content}</w:r>`;
}

/** A paragraph with explicit alignment, no indent, given spacing after (twips). */
function para(runs: string, align: 'left' | 'center' | 'right' | 'both' = 'left', after = 0, firstLine = 0): string {
  const ind = firstLine ? `<w:ind w:firstLine="${firstLine}"/>` : '<w:ind w:firstLine="0"/>';
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="${after}" w:line="240" w:lineRule="auto"/>${ind}<w:jc w:val="${align}"/></w:pPr>${runs}</w:p>`;
}

/** A borderless two-column table (the letter's head and foot blocks). */
function twoColumns(left: string, right: string, leftTwips: number): string {
  const rightTwips = TEXT_WIDTH_TWIPS - leftTwips;
  const none = '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>';
  const cell = (content: string, w: number): string =>
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH_TWIPS}" w:type="dxa"/><w:tblBorders>${none}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
    `<w:tblGrid><w:gridCol w:w="${leftTwips}"/><w:gridCol w:w="${rightTwips}"/></w:tblGrid>` +
    `<w:tr>${cell(left, leftTwips)}${cell(right, rightTwips)}</w:tr></w:tbl>`
  );
}

const upper = (s: string): string => s.toLocaleUpperCase('vi');

export function letterSubject(quarter: number, year: number): string {
  return `V/v giới thiệu gương điển hình tiên tiến quý ${quarter}/${year}`;
}

export function letterBodyXml(input: LetterInput): string {
  const subject = letterSubject(input.quarter, input.year);
  const leftW = 4000;
  const head = twoColumns(
    para(run(upper(input.parent), { sizePt: 13 }), 'center') +
      para(run(upper(input.office), { bold: true, sizePt: 13 }), 'center', 240) +
      para(run('Số: …… /……', { sizePt: 13 }), 'center', 60) +
      para(run(subject, { sizePt: 12 }), 'center'),
    para(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, sizePt: 12 }), 'center') +
      para(run('Độc lập - Tự do - Hạnh phúc', { bold: true, sizePt: 13, underline: true }), 'center', 240) +
      para(run('……, ngày …… tháng …… năm ……', { italic: true, sizePt: 14 }), 'center'),
    leftW,
  );
  const what =
    input.kind === 'collective' ? `tập thể ${input.subjectName}` : input.subjectName ? `cá nhân ${input.subjectName}` : '';
  const body =
    para('', 'left', 240) +
    para(run('Kính gửi: ', { sizePt: 14 }) + run(input.council, { sizePt: 14 }), 'center', 240) +
    para(
      run(
        `Thực hiện hướng dẫn về việc báo cáo gương điển hình tiên tiến hằng quý, ${input.office} đã tiếp nhận, ` +
          `kiểm tra báo cáo của các đơn vị trường học trong quý ${input.quarter}/${input.year} và chọn giới thiệu ` +
          `gương điển hình tiên tiến tiêu biểu nhất:`,
      ),
      'both',
      120,
      720,
    ) +
    para(
      run(`${what ? what.charAt(0).toUpperCase() + what.slice(1) + ', ' : ''}${input.schoolName}.`, { bold: true }),
      'both',
      120,
      720,
    ) +
    (input.note ? para(run(`Lý do chọn: ${input.note}`), 'both', 120, 720) : '') +
    para(
      run(`${input.office} kính gửi kèm theo báo cáo thành tích của gương điển hình nêu trên để Hội đồng xem xét.`),
      'both',
      240,
      720,
    );
  const foot = twoColumns(
    para(run('Nơi nhận:', { bold: true, italic: true, sizePt: 12 })) +
      para(run('- Như trên;', { sizePt: 11 })) +
      para(run(`- ${input.schoolName};`, { sizePt: 11 })) +
      para(run('- Lưu: VT.', { sizePt: 11 })),
    para(run('TRƯỞNG PHÒNG', { bold: true, sizePt: 14 }), 'center') +
      para(run('(Ký, ghi rõ họ tên và đóng dấu)', { italic: true, sizePt: 13 }), 'center', 1400) +
      para(run('……………………………', { bold: true, sizePt: 14 }), 'center'),
    4500,
  );
  return head + body + foot + paragraph('', { spacingAfterTwips: 0 }) + sectPr({ default: 'rId4', first: 'rId5' });
}

/** The letter as a .docx. */
export async function coveringLetterDocx(input: LetterInput): Promise<Uint8Array> {
  const document =
    XML_DECLARATION +
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${letterBodyXml(input)}</w:body></w:document>`;
  const parts: Array<{ name: string; content: string; contentType?: string }> = [
    {
      name: '_rels/.rels',
      content: relationshipsXml([
        { id: 'rId1', type: REL_TYPES.officeDocument, target: 'word/document.xml' },
        { id: 'rId2', type: REL_TYPES.coreProperties, target: 'docProps/core.xml' },
        { id: 'rId3', type: REL_TYPES.extendedProperties, target: 'docProps/app.xml' },
      ]),
    },
    {
      name: 'docProps/core.xml',
      content: coreXml({ title: letterSubject(input.quarter, input.year), date: input.date }),
      contentType: CONTENT_TYPES.core,
    },
    { name: 'docProps/app.xml', content: appXml('Công văn giới thiệu'), contentType: CONTENT_TYPES.app },
    { name: 'word/document.xml', content: document, contentType: CONTENT_TYPES.document },
    {
      name: 'word/_rels/document.xml.rels',
      content: relationshipsXml([
        { id: 'rId1', type: REL_TYPES.styles, target: 'styles.xml' },
        { id: 'rId2', type: REL_TYPES.settings, target: 'settings.xml' },
        { id: 'rId3', type: REL_TYPES.fontTable, target: 'fontTable.xml' },
        { id: 'rId4', type: REL_TYPES.header, target: 'header1.xml' },
        { id: 'rId5', type: REL_TYPES.header, target: 'header2.xml' },
      ]),
    },
    { name: 'word/styles.xml', content: stylesXml(), contentType: CONTENT_TYPES.styles },
    { name: 'word/settings.xml', content: settingsXml(), contentType: CONTENT_TYPES.settings },
    { name: 'word/fontTable.xml', content: fontTableXml(), contentType: CONTENT_TYPES.fontTable },
    { name: 'word/header1.xml', content: pageNumberHeaderXml(), contentType: CONTENT_TYPES.header },
    { name: 'word/header2.xml', content: emptyHeaderXml(), contentType: CONTENT_TYPES.header },
  ];
  const overrides: Record<string, string> = {};
  for (const p of parts) if (p.contentType) overrides['/' + p.name] = p.contentType;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypesXml({ rels: CONTENT_TYPES.rels, xml: CONTENT_TYPES.xml }, overrides));
  for (const p of parts) zip.file(p.name, p.content, { date: input.date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** For tests: the page the letter is laid out on (A4, Decree 30 margins). */
export const LETTER_PAGE = PAGE;
