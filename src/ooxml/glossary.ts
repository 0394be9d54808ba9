/**
 * word/glossary/document.xml: one placeholder docPart per field (`BCTT_<fieldId>`) holding the
 * official instruction, so Word shows it again when the user empties a control.
 */
import { TEMPLATES } from '../core/template';
import type { TemplateKind } from '../core/template';
import { docPartName } from './contentControl';
import { escapeAttr } from './escape';
import { stableGuid } from './guid';
import { WR_NAMESPACES, XML_DECLARATION } from './namespaces';
import { paragraph } from './paragraphs';
import { placeholderRun } from './runs';

export function glossaryXml(kind: TemplateKind): string {
  const parts = TEMPLATES[kind].fields.map((f) => {
    const name = docPartName(f.id);
    const style = f.kind === 'picture' ? 'BcttPhoto' : f.kind === 'table' ? 'BcttTableText' : undefined;
    return (
      '<w:docPart><w:docPartPr>' +
      `<w:name w:val="${escapeAttr(name)}"/>` +
      '<w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category>' +
      '<w:types><w:type w:val="bbPlcHdr"/></w:types>' +
      '<w:behaviors><w:behavior w:val="content"/></w:behaviors>' +
      `<w:guid w:val="${stableGuid(`${kind}/${name}`)}"/>` +
      '</w:docPartPr><w:docPartBody>' +
      paragraph(placeholderRun(f.instruction), style ? { style } : undefined) +
      '</w:docPartBody></w:docPart>'
    );
  });
  return (
    XML_DECLARATION +
    `<w:glossaryDocument ${WR_NAMESPACES}><w:docParts>${parts.join('')}</w:docParts></w:glossaryDocument>`
  );
}
