/**
 * The 4x6 cm photo frame of the individual template: a one-cell bordered table, 4 cm wide and at
 * least 6 cm high, whose centred paragraph holds the `bctt.anh` picture control. The photo, scaled
 * to fit inside 4x6 cm with its ratio kept, is centred horizontally and vertically; while empty the
 * control shows the instruction "Hình 4x6".
 */
import { mmToTwips } from './units';

export const PHOTO_FRAME = {
  widthMm: 40,
  heightMm: 60,
  /** Largest picture extent: the 4 x 6 cm frame. */
  maxWidthEmu: 1440000,
  maxHeightEmu: 2160000,
} as const;

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/** Wraps the photo paragraph content (the inline control) in the frame table. */
export function photoFrame(controlRuns: string): string {
  const w = mmToTwips(PHOTO_FRAME.widthMm);
  const h = mmToTwips(PHOTO_FRAME.heightMm);
  return (
    '<w:tbl><w:tblPr>' +
    `<w:tblW w:w="${w}" w:type="dxa"/>` +
    '<w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblBorders>' +
    ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} ${BORDER}/>`).join('') +
    '</w:tblBorders>' +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `</w:tblPr><w:tblGrid><w:gridCol w:w="${w}"/></w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${h}" w:hRule="atLeast"/></w:trPr>` +
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="BcttPhoto"/></w:pPr>${controlRuns}</w:p>` +
    '</w:tc></w:tr></w:tbl>'
  );
}
