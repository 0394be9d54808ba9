/**
 * A field's ready-made content control as a Flat OPC package (`pkg:package`), the form Word's `insertOoxml` takes
 * ("Understand when and how to use Office Open XML in your Word add-in",
 * https://learn.microsoft.com/office/dev/add-ins/word/create-better-add-ins-for-word-with-office-open-xml).
 *
 * Why a package rather than `insertContentControl()` plus setters: in Word on the web setting
 * `ContentControl.placeholderText` is NotAllowed (https://github.com/OfficeDev/office-js/issues/785, /issues/53) and
 * fails the whole batch; the package carries tag, alias, deletion lock, `w:showingPlcHdr` and the placeholder docPart
 * (with its glossary part) in one insert, on every platform.
 */
import { TEMPLATES, type TemplateKind } from '../core/template';
import type { InlinePicture } from './drawing';
import { fieldBlock } from './document';
import { glossaryXml } from './glossary';
import { NS } from './namespaces';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  glossary: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
};
const CT = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  glossary: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml',
};

export interface FragmentPhoto {
  base64: string;
  type: 'png' | 'jpeg';
  widthEmu: number;
  heightEmu: number;
}

function xmlPart(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

/** Drop the XML declaration: parts are embedded in the package's XML. */
function bare(xml: string): string {
  return xml.replace(/^<\?xml[^>]*\?>\s*/, '');
}

/**
 * The package holding `fieldId`'s control (see `fieldBlock`), the template's placeholder docParts and, for the photo,
 * the picture. The kind defaults to the first template that has the field.
 */
export function fieldFragment(
  fieldId: string,
  options: { kind?: TemplateKind; withLabel?: boolean; photo?: FragmentPhoto } = {},
): string {
  const kind = options.kind ?? (TEMPLATES.individual.fields.some((f) => f.id === fieldId) ? 'individual' : 'collective');
  const photoRel = 'rIdBcttPhoto';
  const photo: Pick<InlinePicture, 'relId' | 'widthEmu' | 'heightEmu'> | undefined = options.photo
    ? { relId: photoRel, widthEmu: options.photo.widthEmu, heightEmu: options.photo.heightEmu }
    : undefined;
  const body = fieldBlock(kind, fieldId, { withLabel: options.withLabel, photo });
  const documentXml =
    `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}" xmlns:a="${NS.a}" xmlns:pic="${NS.pic}">` +
    `<w:body>${body}</w:body></w:document>`;
  const docRels =
    `<Relationships xmlns="${RELS_NS}">` +
    `<Relationship Id="rIdBcttGlossary" Type="${REL.glossary}" Target="glossary/document.xml"/>` +
    (options.photo ? `<Relationship Id="${photoRel}" Type="${REL.image}" Target="media/bctt-photo.${options.photo.type}"/>` : '') +
    '</Relationships>';
  return (
    `<pkg:package xmlns:pkg="${PKG}">` +
    xmlPart('/_rels/.rels', CT.rels, `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="word/document.xml"/></Relationships>`) +
    xmlPart('/word/document.xml', CT.main, documentXml) +
    xmlPart('/word/_rels/document.xml.rels', CT.rels, docRels) +
    xmlPart('/word/glossary/document.xml', CT.glossary, bare(glossaryXml(kind))) +
    (options.photo
      ? `<pkg:part pkg:name="/word/media/bctt-photo.${options.photo.type}" pkg:contentType="image/${options.photo.type}" pkg:compression="store">` +
        `<pkg:binaryData>${options.photo.base64}</pkg:binaryData></pkg:part>`
      : '') +
    '</pkg:package>'
  );
}
