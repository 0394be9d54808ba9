/**
 * OPC package parts around word/document.xml: content types, relationships, core and app
 * properties, the custom XML part that records the template and send history (src/docx/reportPart.ts),
 * and the optional web-extension parts that open the task pane with the document.
 */
import type { TemplateKind } from '../core/template';
import { escapeAttr, escapeText } from '../ooxml/escape';
import { stableGuid } from '../ooxml/guid';
import { NS, XML_DECLARATION } from '../ooxml/namespaces';

export const REL_TYPES = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  fontTable: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  glossaryDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument',
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
  webExtensionTaskpanes: 'http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes',
  webExtension: 'http://schemas.microsoft.com/office/2011/relationships/webextension',
} as const;

export const CONTENT_TYPES = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  glossary: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  fontTable: 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  webExtensionTaskpanes: 'application/vnd.ms-office.webextensiontaskpanes+xml',
  webExtension: 'application/vnd.ms-office.webextension+xml',
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipsXml(rels: readonly Relationship[]): string {
  return (
    XML_DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map(
        (r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`,
      )
      .join('') +
    '</Relationships>'
  );
}

/** `[Content_Types].xml`: defaults by extension plus an override for every other part (absolute part names). */
export function contentTypesXml(
  defaults: Readonly<Record<string, string>>,
  overrides: Readonly<Record<string, string>>,
): string {
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    Object.entries(defaults)
      .map(([ext, type]) => `<Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(type)}"/>`)
      .join('') +
    Object.entries(overrides)
      .map(([part, type]) => `<Override PartName="${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`)
      .join('') +
    '</Types>'
  );
}

/** W3CDTF without milliseconds, as Word writes it. */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function coreXml(props: { title: string; subject?: string; keywords?: string; date: Date }): string {
  const d = w3cdtf(props.date);
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeText(props.title)}</dc:title>` +
    (props.subject ? `<dc:subject>${escapeText(props.subject)}</dc:subject>` : '') +
    (props.keywords ? `<cp:keywords>${escapeText(props.keywords)}</cp:keywords>` : '') +
    '<dc:language>vi-VN</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${d}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${d}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export const APPLICATION_NAME = 'Báo cáo thành tích';

/** The `Template` value of app.xml, e.g. "bao-cao-thanh-tich/individual/1.0". */
export function templateName(kind: TemplateKind, version: string): string {
  return `bao-cao-thanh-tich/${kind}/${version}`;
}

/** docProps/app.xml. Deliberately no <Pages>/<Words>: nothing has laid the document out yet, and readers take these as Word's own layout figures. */
export function appXml(template: string): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Template>${escapeText(template)}</Template>` +
    `<Application>${escapeText(APPLICATION_NAME)}</Application>` +
    '<DocSecurity>0</DocSecurity>' +
    '</Properties>'
  );
}

/** Fixed datastore item id of the report part. */
export const REPORT_DATASTORE_ID = stableGuid(NS.report);

/** customXml/itemProps1.xml. */
export function reportCustomXmlProps(): string {
  return (
    XML_DECLARATION +
    `<ds:datastoreItem ds:itemID="${REPORT_DATASTORE_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${NS.report}"/></ds:schemaRefs>` +
    '</ds:datastoreItem>'
  );
}

export type AddinStoreType = 'EXCatalog' | 'OMEX' | 'FileSystem' | 'Registry' | 'WOPICatalog';

export interface AddinReference {
  /** The add-in's id: its manifest GUID (EXCatalog, FileSystem, Registry) or AppSource asset id (OMEX, WOPICatalog). */
  id: string;
  /** Add-in version as in the manifest; defaults to "1.0.0.0". */
  version?: string;
  /** Store type; defaults to "EXCatalog" (centralized deployment). */
  storeType?: AddinStoreType;
  /** Store; defaults per store type ("EXCatalog", "developer" for Registry, "en-US" for OMEX, "wopicatalog"). */
  store?: string;
}

function defaultStore(type: AddinStoreType): string {
  switch (type) {
    case 'EXCatalog':
      return 'EXCatalog';
    case 'Registry':
      return 'developer';
    case 'OMEX':
      return 'vi-VN';
    case 'WOPICatalog':
      return 'wopicatalog';
    case 'FileSystem':
      return '';
  }
}

/** word/webextensions/taskpanes.xml: one task pane, visible, docked right, referencing webextension1.xml via rId1. */
export function taskpanesXml(): string {
  return (
    XML_DECLARATION +
    '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">' +
    '<wetp:taskpane dockstate="right" visibility="1" width="350" row="1">' +
    `<wetp:webextensionref xmlns:r="${NS.r}" r:id="rId1"/>` +
    '</wetp:taskpane></wetp:taskpanes>'
  );
}

/** word/webextensions/webextension1.xml with `Office.AutoShowTaskpaneWithDocument` = true. */
export function webExtensionXml(ref: AddinReference): string {
  const storeType = ref.storeType ?? 'EXCatalog';
  const store = ref.store ?? defaultStore(storeType);
  return (
    XML_DECLARATION +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="${stableGuid(`webextension/${ref.id}`)}">` +
    `<we:reference id="${escapeAttr(ref.id)}" version="${escapeAttr(ref.version ?? '1.0.0.0')}" store="${escapeAttr(store)}" storeType="${escapeAttr(storeType)}"/>` +
    '<we:alternateReferences/>' +
    '<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>' +
    '<we:bindings/>' +
    `<we:snapshot xmlns:r="${NS.r}"/>` +
    '</we:webextension>'
  );
}
