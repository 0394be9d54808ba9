/**
 * word/styles.xml: Decree 30/2020 body text (Normal), Title, Heading 1–2, the grey
 * PlaceholderText character style, header, table and photo-frame paragraph styles, Table Grid.
 */
import {
  BODY_FONT,
  BODY_LINE_SPACING,
  BODY_SIZE_PT,
  FIRST_LINE_INDENT_TWIPS,
  SPACE_AFTER_TWIPS,
  TABLE_SIZE_PT,
} from './layout';
import { NS, XML_DECLARATION } from './namespaces';

const FONTS = `<w:rFonts w:ascii="${BODY_FONT}" w:hAnsi="${BODY_FONT}" w:cs="${BODY_FONT}" w:eastAsia="${BODY_FONT}"/>`;

function size(pt: number): string {
  const half = Math.round(pt * 2);
  return `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
}

export interface StyleDef {
  type: 'paragraph' | 'character' | 'table';
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  isDefault?: boolean;
  uiPriority?: number;
  semiHidden?: boolean;
  qFormat?: boolean;
  pPr?: string;
  rPr?: string;
  tblPr?: string;
}

function style(s: StyleDef): string {
  return (
    `<w:style w:type="${s.type}"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${s.id}">` +
    `<w:name w:val="${s.name}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    (s.uiPriority !== undefined ? `<w:uiPriority w:val="${s.uiPriority}"/>` : '') +
    (s.semiHidden ? '<w:semiHidden/><w:unhideWhenUsed/>' : '') +
    (s.qFormat ? '<w:qFormat/>' : '') +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
    (s.tblPr ? `<w:tblPr>${s.tblPr}</w:tblPr>` : '') +
    '</w:style>'
  );
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

function styleDefs(bodyLineSpacing: number): StyleDef[] {
  return [
    {
      type: 'paragraph',
      id: 'Normal',
      name: 'Normal',
      isDefault: true,
      qFormat: true,
      pPr:
        `<w:spacing w:before="0" w:after="${SPACE_AFTER_TWIPS}" w:line="${bodyLineSpacing}" w:lineRule="auto"/>` +
        `<w:ind w:firstLine="${FIRST_LINE_INDENT_TWIPS}"/><w:jc w:val="both"/>`,
      rPr: FONTS + size(BODY_SIZE_PT),
    },
    {
      type: 'paragraph',
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 10,
      qFormat: true,
      pPr: '<w:keepNext/><w:spacing w:before="0" w:after="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>',
      rPr: '<w:b/><w:bCs/>' + size(BODY_SIZE_PT),
    },
    {
      type: 'paragraph',
      id: 'Heading1',
      name: 'heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 9,
      qFormat: true,
      pPr:
        '<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:ind w:firstLine="0"/>' +
        '<w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
      rPr: '<w:b/><w:bCs/>' + size(BODY_SIZE_PT),
    },
    {
      type: 'paragraph',
      id: 'Heading2',
      name: 'heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 9,
      semiHidden: true,
      qFormat: true,
      pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="1"/>',
      rPr: '<w:b/><w:bCs/>' + size(BODY_SIZE_PT),
    },
    {
      type: 'paragraph',
      id: 'Header',
      name: 'header',
      basedOn: 'Normal',
      uiPriority: 99,
      semiHidden: true,
      pPr: '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>',
    },
    {
      type: 'paragraph',
      id: 'BcttTableText',
      name: 'BCTT Table Text',
      basedOn: 'Normal',
      uiPriority: 99,
      pPr: '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>',
      rPr: size(TABLE_SIZE_PT),
    },
    {
      type: 'paragraph',
      id: 'BcttTableHeader',
      name: 'BCTT Table Header',
      basedOn: 'BcttTableText',
      uiPriority: 99,
      pPr: '<w:keepNext/><w:jc w:val="center"/>',
      rPr: '<w:b/><w:bCs/>',
    },
    {
      type: 'paragraph',
      id: 'BcttPhoto',
      name: 'BCTT Photo',
      basedOn: 'Normal',
      uiPriority: 99,
      pPr: '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>',
    },
    {
      type: 'character',
      id: 'DefaultParagraphFont',
      name: 'Default Paragraph Font',
      isDefault: true,
      uiPriority: 1,
      semiHidden: true,
    },
    {
      type: 'character',
      id: 'PlaceholderText',
      name: 'Placeholder Text',
      basedOn: 'DefaultParagraphFont',
      uiPriority: 99,
      semiHidden: true,
      rPr: '<w:color w:val="808080"/>',
    },
    {
      type: 'table',
      id: 'TableNormal',
      name: 'Normal Table',
      isDefault: true,
      uiPriority: 99,
      semiHidden: true,
      tblPr:
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>',
    },
    {
      type: 'table',
      id: 'TableGrid',
      name: 'Table Grid',
      basedOn: 'TableNormal',
      uiPriority: 39,
      tblPr:
        '<w:tblBorders>' +
        ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} ${BORDER}/>`).join('') +
        '</w:tblBorders>',
    },
  ];
}

/** The style definitions, with the body line spacing of the templates (or another, for measurements). */
export function styleDefinitions(bodyLineSpacing = BODY_LINE_SPACING): readonly StyleDef[] {
  return styleDefs(bodyLineSpacing);
}

/** word/styles.xml. `bodyLineSpacing` (240ths of a line) exists for layout measurements only. */
export function stylesXml(bodyLineSpacing = BODY_LINE_SPACING): string {
  return (
    XML_DECLARATION +
    `<w:styles xmlns:w="${NS.w}">` +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${FONTS}${size(BODY_SIZE_PT)}<w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    styleDefs(bodyLineSpacing).map(style).join('') +
    '</w:styles>'
  );
}
