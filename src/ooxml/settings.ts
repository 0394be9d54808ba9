/** word/settings.xml and word/fontTable.xml. */
import { BODY_FONT } from './layout';
import { NS, XML_DECLARATION } from './namespaces';

export function settingsXml(): string {
  return (
    XML_DECLARATION +
    `<w:settings xmlns:w="${NS.w}" xmlns:r="${NS.r}">` +
    '<w:zoom w:percent="100"/>' +
    '<w:defaultTabStop w:val="720"/>' +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '<w:themeFontLang w:val="vi-VN"/>' +
    '<w:decimalSymbol w:val=","/>' +
    '<w:listSeparator w:val=";"/>' +
    '</w:settings>'
  );
}

export function fontTableXml(): string {
  return (
    XML_DECLARATION +
    `<w:fonts xmlns:w="${NS.w}">` +
    `<w:font w:name="${BODY_FONT}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>` +
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
    '</w:fonts>'
  );
}
