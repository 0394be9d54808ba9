/**
 * Builds small .docx packages by hand (JSZip), to simulate what Word saves: split runs, proofing marks,
 * tracked changes, odd content controls, app.xml with <Pages>, themes, legacy fonts, NFD text…
 * Test-only; the product's writer is src/docx/write.ts.
 */
import JSZip from 'jszip';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROOT_NS =
  `xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';

export const A4_SECTPR =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="850" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run; `rPr` is inner rPr XML. */
export function r(text: string, rPr = ''): string {
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** A paragraph of raw inline XML (or a plain string, made into one run). */
export function p(content: string, opts: { style?: string; raw?: boolean } = {}): string {
  const pPr = opts.style ? `<w:pPr><w:pStyle w:val="${opts.style}"/></w:pPr>` : '';
  return `<w:p>${pPr}${opts.raw ? content : r(content)}</w:p>`;
}

function sdtPr(fieldId: string, showing: boolean, extra = ''): string {
  return (
    `<w:sdtPr><w:alias w:val="${fieldId}"/><w:tag w:val="bctt.${fieldId}"/><w:id w:val="${Math.abs(hash(fieldId))}"/>` +
    `<w:lock w:val="sdtLocked"/><w:placeholder><w:docPart w:val="BCTT_${fieldId}"/></w:placeholder>` +
    `${showing ? '<w:showingPlcHdr/>' : ''}${extra}</w:sdtPr>`
  );
}

function hash(s: string): number {
  let h = 7;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

const PLACEHOLDER_RPR = '<w:rStyle w:val="PlaceholderText"/>';

/** An inline text control; `value` null shows the placeholder `instruction`. `content` overrides the runs. */
export function textControl(fieldId: string, value: string | null, instruction = '(hướng dẫn)', content?: string): string {
  const runs = content ?? (value === null ? r(instruction, PLACEHOLDER_RPR) : r(value));
  return `<w:sdt>${sdtPr(fieldId, value === null, '<w:text/>')}<w:sdtContent>${runs}</w:sdtContent></w:sdt>`;
}

/** A block-level rich-text control holding paragraphs; null shows the placeholder. */
export function richControl(fieldId: string, paragraphs: string[] | null, instruction = '(hướng dẫn)'): string {
  const inner = paragraphs === null ? `<w:p>${r(instruction, PLACEHOLDER_RPR)}</w:p>` : paragraphs.map((t) => p(t)).join('');
  return `<w:sdt>${sdtPr(fieldId, paragraphs === null)}<w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
}

export function cell(text: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr>${text.split('\n').map((t) => p(t)).join('')}</w:tc>`;
}

export function row(cells: string[], header = false): string {
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(cell).join('')}</w:tr>`;
}

export const MODEL_HEADER = [
  'TT',
  'Tên mô hình/ công trình',
  'Đơn vị thực hiện',
  'Mô tả mô hình/ công trình',
  'Lộ trình triển khai',
  'Kết quả đạt được',
];

/** The models table control: header row then body rows (raw row XML may be mixed in as strings starting with '<'). */
export function tableControl(rows: (string[] | string)[], header: string[] = MODEL_HEADER): string {
  const body = rows.map((x) => (typeof x === 'string' ? x : row(x))).join('');
  return (
    `<w:sdt>${sdtPr('moHinh', false)}<w:sdtContent><w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr>` +
    `<w:tblGrid>${header.map(() => '<w:gridCol w:w="1000"/>').join('')}</w:tblGrid>` +
    `${row(header, true)}${body}</w:tbl></w:sdtContent></w:sdt>`
  );
}

/** An inline picture control: a drawing of cx x cy EMU whose blip is relationship `rId`; or its placeholder. */
export function pictureControl(rId: string | null, cx = 1440000, cy = 2160000): string {
  const content =
    rId === null
      ? r('Hình 4x6', PLACEHOLDER_RPR)
      : '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
        `<wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="1" name="Picture 1"/>` +
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
        `<pic:nvPicPr><pic:cNvPr id="0" name="photo"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${rId}"/></pic:blipFill>` +
        `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>` +
        '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
  return `<w:p><w:sdt>${sdtPr('anh', rId === null, '<w:picture/>')}<w:sdtContent>${content}</w:sdtContent></w:sdt></w:p>`;
}

export interface StylesOptions {
  /** docDefaults rPr inner XML. */
  defaults?: string;
  /** Extra w:style elements. */
  styles?: string;
  /** rPr inner XML of the Normal style. */
  normal?: string;
}

export function stylesXml(o: StylesOptions = {}): string {
  return (
    `${DECL}<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${o.defaults ?? '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>'}</w:rPr></w:rPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>${o.normal ? `<w:rPr>${o.normal}</w:rPr>` : ''}</w:style>` +
    '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>' +
    `${o.styles ?? ''}</w:styles>`
  );
}

export function themeXml(minor: string, major = 'Cambria'): string {
  return (
    `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
    `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="${major}"/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="${minor}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`
  );
}

export interface ReportPartOptions {
  template?: string;
  version?: string;
  /** Raw child XML (bctt:send elements). */
  sends?: string;
}

export interface BuildOptions {
  /** Inner XML of w:body, before the final sectPr. */
  body?: string;
  /** The body-level sectPr ('' for none). Default: A4 portrait, decree margins. */
  sectPr?: string;
  /** styles.xml content, or null to leave it out. Default: Times New Roman 14 pt. */
  styles?: string | null;
  /** theme1.xml content (default none). */
  theme?: string;
  /** <Pages> in docProps/app.xml; undefined: app.xml without Pages; null: no app.xml. */
  pages?: number | null;
  /** The report custom XML part; a string is used as the part's whole content. */
  report?: ReportPartOptions | string | null;
  /** Media by file name under word/media, linked as rIdImg1, rIdImg2… in order. */
  media?: Record<string, Uint8Array>;
  /** Where the main part lives (Word: word/document.xml). */
  documentPath?: string;
  /** Leave the main document part out entirely. */
  omitDocument?: boolean;
  /** Replace the whole document.xml text. */
  documentXml?: string;
}

export function documentXml(body: string, sectPr: string = A4_SECTPR): string {
  return `${DECL}<w:document ${ROOT_NS}><w:body>${body}${sectPr}</w:body></w:document>`;
}

export function reportXml(o: ReportPartOptions): string {
  const attrs = (o.template !== undefined ? ` template="${o.template}"` : '') + (o.version !== undefined ? ` version="${o.version}"` : '');
  return `${DECL}<bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report"${attrs}>${o.sends ?? ''}</bctt:report>`;
}

export async function buildDocx(o: BuildOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  const docPath = o.documentPath ?? 'word/document.xml';
  const docDir = docPath.slice(0, docPath.lastIndexOf('/') + 1);
  const docName = docPath.slice(docDir.length);
  const overrides: string[] = [];
  const docRels: string[] = [];
  const rootRels: string[] = [];
  if (!o.omitDocument) {
    zip.file(docPath, o.documentXml ?? documentXml(o.body ?? p('Xin chào'), o.sectPr));
    overrides.push(`<Override PartName="/${docPath}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`);
  }
  rootRels.push(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${docPath}"/>`);
  if (o.styles !== null) {
    zip.file(docDir + 'styles.xml', o.styles ?? stylesXml());
    docRels.push('<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>');
  }
  if (o.theme) {
    zip.file(docDir + 'theme/theme1.xml', o.theme);
    docRels.push('<Relationship Id="rIdTheme" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>');
  }
  Object.entries(o.media ?? {}).forEach(([name, data], i) => {
    zip.file(`${docDir}media/${name}`, data);
    docRels.push(`<Relationship Id="rIdImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${name}"/>`);
  });
  if (o.pages !== null) {
    const pages = o.pages === undefined ? '' : `<Pages>${o.pages}</Pages>`;
    zip.file(
      'docProps/app.xml',
      `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application>${pages}</Properties>`,
    );
    rootRels.push('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>');
  }
  if (o.report) {
    zip.file('customXml/item1.xml', typeof o.report === 'string' ? o.report : reportXml(o.report));
    docRels.push('<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>');
  }
  const rels = (items: string[]): string =>
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
  zip.file('_rels/.rels', rels(rootRels));
  zip.file(`${docDir}_rels/${docName}.rels`, rels(docRels));
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
      `<Default Extension="jpeg" ContentType="image/jpeg"/>${overrides.join('')}</Types>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A PNG header (signature + IHDR) of the given pixel size; enough for size detection. */
export function pngHeader(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const dv = new DataView(b.buffer);
  dv.setUint32(16, width);
  dv.setUint32(20, height);
  b.set([8, 6, 0, 0, 0], 24);
  return b;
}

/** A JPEG start (SOI, an APP0 segment, SOF0) of the given pixel size. */
export function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

/** Unzips a package into name -> bytes (test inspection only). */
export async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('uint8array'));
  return out;
}

export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name}`);
  return f.async('string');
}
