/**
 * writeTemplateDocx: a complete .docx for a template kind, empty (the official instructions as
 * placeholders) or filled from ReportData. Runs in browsers and Node alike (Uint8Array, JSZip).
 */
import JSZip from 'jszip';
import { AppError } from '../core/errors';
import { TEMPLATES } from '../core/template';
import type { TemplateKind } from '../core/template';
import {
  PHOTO_FRAME,
  documentXml,
  emptyHeaderXml,
  fontTableXml,
  glossaryXml,
  pageNumberHeaderXml,
  settingsXml,
  stylesXml,
} from '../ooxml';
import type { DocumentContent } from '../ooxml';
import { IMAGE_CONTENT_TYPES, detectImage, fitExtent } from './image';
import {
  CONTENT_TYPES,
  REL_TYPES,
  appXml,
  contentTypesXml,
  coreXml,
  relationshipsXml,
  reportCustomXmlProps,
  taskpanesXml,
  templateName,
  webExtensionXml,
} from './package';
import type { AddinReference, Relationship } from './package';
import type { ReportData } from './reportData';
import { buildReportXml } from './reportPart';
import './messages';

export interface WriteOptions {
  /**
   * When given, the document opens the add-in's task pane automatically (web-extension parts with
   * `Office.AutoShowTaskpaneWithDocument`). The manifest GUID for centralized deployment (default store type).
   */
  addinId?: string;
  /** Version, store and store type of that add-in reference (defaults: "1.0.0.0", EXCatalog). */
  addin?: Omit<AddinReference, 'id'>;
  /**
   * Date written into the zip entries and core.xml (created/modified). Defaults to TEMPLATE_DATE so
   * output is byte-for-byte reproducible; pass `new Date()` for a document made now.
   */
  date?: Date;
}

/** The fixed date of reproducible builds. */
export const TEMPLATE_DATE = new Date('2025-01-01T00:00:00Z');

const DOC_RELS = {
  styles: 'rId1',
  settings: 'rId2',
  fontTable: 'rId3',
  headerDefault: 'rId4',
  headerFirst: 'rId5',
  glossary: 'rId6',
  customXml: 'rId7',
  image: 'rId8',
} as const;

interface Part {
  name: string;
  content: string | Uint8Array;
  /** Content type override; omitted for parts covered by a Default (rels, xml, media). */
  contentType?: string;
}

function photoPart(
  data: ReportData | undefined,
  kind: TemplateKind,
): { part: Part; content: DocumentContent['photo']; ext: string } | null {
  if (!data?.photo) return null;
  if (kind !== 'individual') throw new AppError('host.photoNotInTemplate', { kind });
  const info = detectImage(data.photo.bytes);
  if (!info) throw new AppError('docx.photoUnsupported');
  const extent = fitExtent(info.width, info.height, PHOTO_FRAME.maxWidthEmu, PHOTO_FRAME.maxHeightEmu);
  return {
    part: { name: `word/media/image1.${info.type === 'jpeg' ? 'jpeg' : 'png'}`, content: data.photo.bytes },
    content: { relId: DOC_RELS.image, ...extent },
    ext: info.type,
  };
}

/** The parts of the package, in zip order. Exported for tests and for the editor to reuse. */
export function templateParts(kind: TemplateKind, data?: ReportData, options: WriteOptions = {}): Part[] {
  if (data && data.kind !== kind) throw new AppError('docx.kindMismatch', { expected: kind, actual: data.kind });
  const spec = TEMPLATES[kind];
  const date = options.date ?? TEMPLATE_DATE;
  const photo = photoPart(data, kind);

  const content: DocumentContent = {
    fields: data?.fields,
    summary: data?.summary,
    models: data?.models,
    photo: photo?.content,
  };

  const docRels: Relationship[] = [
    { id: DOC_RELS.styles, type: REL_TYPES.styles, target: 'styles.xml' },
    { id: DOC_RELS.settings, type: REL_TYPES.settings, target: 'settings.xml' },
    { id: DOC_RELS.fontTable, type: REL_TYPES.fontTable, target: 'fontTable.xml' },
    { id: DOC_RELS.headerDefault, type: REL_TYPES.header, target: 'header1.xml' },
    { id: DOC_RELS.headerFirst, type: REL_TYPES.header, target: 'header2.xml' },
    { id: DOC_RELS.glossary, type: REL_TYPES.glossaryDocument, target: 'glossary/document.xml' },
    { id: DOC_RELS.customXml, type: REL_TYPES.customXml, target: '../customXml/item1.xml' },
  ];
  if (photo) docRels.push({ id: DOC_RELS.image, type: REL_TYPES.image, target: photo.part.name.slice('word/'.length) });

  const packageRels: Relationship[] = [
    { id: 'rId1', type: REL_TYPES.officeDocument, target: 'word/document.xml' },
    { id: 'rId2', type: REL_TYPES.coreProperties, target: 'docProps/core.xml' },
    { id: 'rId3', type: REL_TYPES.extendedProperties, target: 'docProps/app.xml' },
  ];
  if (options.addinId)
    packageRels.push({ id: 'rId4', type: REL_TYPES.webExtensionTaskpanes, target: 'word/webextensions/taskpanes.xml' });

  const parts: Part[] = [
    { name: '_rels/.rels', content: relationshipsXml(packageRels) },
    {
      name: 'docProps/core.xml',
      content: coreXml({
        title: spec.title.vi,
        subject: spec.formTitle,
        keywords: 'báo cáo thành tích; 1307/GDĐT',
        date,
      }),
      contentType: CONTENT_TYPES.core,
    },
    { name: 'docProps/app.xml', content: appXml(templateName(kind, spec.version)), contentType: CONTENT_TYPES.app },
    {
      name: 'word/document.xml',
      content: documentXml(kind, content, { headerDefault: DOC_RELS.headerDefault, headerFirst: DOC_RELS.headerFirst }),
      contentType: CONTENT_TYPES.document,
    },
    { name: 'word/_rels/document.xml.rels', content: relationshipsXml(docRels) },
    { name: 'word/styles.xml', content: stylesXml(), contentType: CONTENT_TYPES.styles },
    { name: 'word/settings.xml', content: settingsXml(), contentType: CONTENT_TYPES.settings },
    { name: 'word/fontTable.xml', content: fontTableXml(), contentType: CONTENT_TYPES.fontTable },
    { name: 'word/header1.xml', content: pageNumberHeaderXml(), contentType: CONTENT_TYPES.header },
    { name: 'word/header2.xml', content: emptyHeaderXml(), contentType: CONTENT_TYPES.header },
    { name: 'word/glossary/document.xml', content: glossaryXml(kind), contentType: CONTENT_TYPES.glossary },
    {
      name: 'word/glossary/_rels/document.xml.rels',
      content: relationshipsXml([
        { id: 'rId1', type: REL_TYPES.styles, target: 'styles.xml' },
        { id: 'rId2', type: REL_TYPES.fontTable, target: 'fontTable.xml' },
      ]),
    },
    { name: 'word/glossary/styles.xml', content: stylesXml(), contentType: CONTENT_TYPES.styles },
    { name: 'word/glossary/fontTable.xml', content: fontTableXml(), contentType: CONTENT_TYPES.fontTable },
    { name: 'customXml/item1.xml', content: buildReportXml({ template: { id: kind, version: spec.version }, sends: data?.sendHistory ?? [], period: data?.period }) },
    { name: 'customXml/itemProps1.xml', content: reportCustomXmlProps(), contentType: CONTENT_TYPES.customXmlProps },
    {
      name: 'customXml/_rels/item1.xml.rels',
      content: relationshipsXml([{ id: 'rId1', type: REL_TYPES.customXmlProps, target: 'itemProps1.xml' }]),
    },
  ];
  if (photo) parts.push(photo.part);
  if (options.addinId) {
    parts.push(
      {
        name: 'word/webextensions/taskpanes.xml',
        content: taskpanesXml(),
        contentType: CONTENT_TYPES.webExtensionTaskpanes,
      },
      {
        name: 'word/webextensions/_rels/taskpanes.xml.rels',
        content: relationshipsXml([{ id: 'rId1', type: REL_TYPES.webExtension, target: 'webextension1.xml' }]),
      },
      {
        name: 'word/webextensions/webextension1.xml',
        content: webExtensionXml({ ...options.addin, id: options.addinId }),
        contentType: CONTENT_TYPES.webExtension,
      },
    );
  }

  const defaults: Record<string, string> = { rels: CONTENT_TYPES.rels, xml: CONTENT_TYPES.xml };
  if (photo) defaults[photo.ext] = IMAGE_CONTENT_TYPES[photo.ext as keyof typeof IMAGE_CONTENT_TYPES];
  const overrides: Record<string, string> = {};
  for (const p of parts) if (p.contentType) overrides['/' + p.name] = p.contentType;
  return [{ name: '[Content_Types].xml', content: contentTypesXml(defaults, overrides) }, ...parts];
}

/** A complete, valid .docx (DEFLATE-compressed zip) for `kind`, empty or filled from `data`. */
export async function writeTemplateDocx(
  kind: TemplateKind,
  data?: ReportData,
  options: WriteOptions = {},
): Promise<Uint8Array> {
  const date = options.date ?? TEMPLATE_DATE;
  const zip = new JSZip();
  for (const part of templateParts(kind, data, options)) {
    zip.file(part.name, part.content, { date, createFolders: false, binary: typeof part.content !== 'string' });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
