/** XML namespaces used in WordprocessingML packages. */
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  /** Our custom XML part's root namespace (template identity and send history). */
  report: 'urn:bao-cao-thanh-tich:report',
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Root attributes declaring w and r, shared by document, header, glossary parts. */
export const WR_NAMESPACES = `xmlns:w="${NS.w}" xmlns:r="${NS.r}"`;
