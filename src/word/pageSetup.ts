/** The templates' page setup and body font as the Word host applies them (src/core/template/layout.ts in Word's units). */
import { DECREE30_LAYOUT, mmToPoints } from '../core/template';

/** The templates' Decree 30 page setup (src/core/template/layout.ts) in points, as Word.PageSetup takes it. */
const L = DECREE30_LAYOUT;
export const TEMPLATE_PAGE_SETUP = {
  pageWidth: mmToPoints(L.paper.widthMm),
  pageHeight: mmToPoints(L.paper.heightMm),
  topMargin: mmToPoints(L.marginsMm.top),
  bottomMargin: mmToPoints(L.marginsMm.bottom),
  leftMargin: mmToPoints(L.marginsMm.left),
  rightMargin: mmToPoints(L.marginsMm.right),
  headerDistance: mmToPoints(L.headerDistanceMm),
  footerDistance: mmToPoints(L.footerDistanceMm),
};
export const BODY_FONT = L.font;
