/**
 * Headers: page numbers centred in the top margin from page 2 (`w:titlePg` in sectPr selects the
 * empty first-page header for page 1). The PAGE field is a complex field so Word and LibreOffice
 * both compute it; its cached result is "2", the first page it shows on.
 */
import { WR_NAMESPACES, XML_DECLARATION } from './namespaces';

export function pageNumberHeaderXml(): string {
  return (
    XML_DECLARATION +
    `<w:hdr ${WR_NAMESPACES}><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>` +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    '<w:r><w:t>2</w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    '</w:p></w:hdr>'
  );
}

export function emptyHeaderXml(): string {
  return XML_DECLARATION + `<w:hdr ${WR_NAMESPACES}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>`;
}
