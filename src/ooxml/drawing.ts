/** An inline picture (`w:drawing` / `wp:inline`) as Word writes it. */
import { escapeAttr } from './escape';
import { NS } from './namespaces';

export interface InlinePicture {
  /** Relationship id of the image part in word/_rels/document.xml.rels. */
  relId: string;
  widthEmu: number;
  heightEmu: number;
  /** `wp:docPr/@id`, unique among drawings in the document. */
  docPrId: number;
  /** Name and description shown as alt text. */
  name: string;
  description: string;
}

export function inlinePicture(p: InlinePicture): string {
  const cx = Math.round(p.widthEmu);
  const cy = Math.round(p.heightEmu);
  return (
    '<w:drawing>' +
    `<wp:inline distT="0" distB="0" distL="0" distR="0" xmlns:wp="${NS.wp}">` +
    `<wp:extent cx="${cx}" cy="${cy}"/>` +
    '<wp:effectExtent l="0" t="0" r="0" b="0"/>' +
    `<wp:docPr id="${p.docPrId}" name="${escapeAttr(p.name)}" descr="${escapeAttr(p.description)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NS.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${NS.a}"><a:graphicData uri="${NS.pic}">` +
    `<pic:pic xmlns:pic="${NS.pic}">` +
    `<pic:nvPicPr><pic:cNvPr id="0" name="${escapeAttr(p.name)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${escapeAttr(p.relId)}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>' +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
  );
}
