/**
 * The custom XML part that records the template identity and the send history
 * (`<bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report" template=… version=…><bctt:send …/></bctt:report>`).
 * Found by its root namespace in any customXml/*.xml part, not by file name.
 */
import type { SendRecord } from '../core/snapshot';
import { isTemplateKind, type TemplateKind } from '../core/template';
import { isAppError } from '../core/errors';
import { type PackageReader } from './zip';
import { NS, type XmlElement, attr, elements, isEl, parseXml } from './xml';
import type { XmlCaps } from './limits';

export interface ReportPart {
  /** Zip entry name. */
  part: string;
  text: string;
  root: XmlElement;
}

export function isCustomXmlItem(name: string): boolean {
  const lower = name.toLowerCase();
  if (!lower.startsWith('customxml/') || !lower.endsWith('.xml')) return false;
  const base = lower.slice('customxml/'.length);
  return !base.includes('/') && !base.startsWith('itemprops');
}

/**
 * The report part, or null when the package has none. A custom XML part that is not well-formed is
 * skipped (it cannot be ours), but hostile XML (DOCTYPE, absurd depth) and zip limits still throw.
 */
export async function findReportPart(pkg: PackageReader, maxDepth: number | Partial<XmlCaps>): Promise<ReportPart | null> {
  for (const name of pkg.names) {
    if (!isCustomXmlItem(name)) continue;
    const text = await pkg.readText(name);
    if (text === null) continue;
    let root: XmlElement;
    try {
      root = parseXml(text, name, maxDepth);
    } catch (e) {
      if (isAppError(e) && e.messageKey === 'docx.badXml') continue;
      throw e;
    }
    if (isEl(root, NS.bctt, 'report')) return { part: name, text, root };
  }
  return null;
}

/**
 * Parse a report part given as text (Word hands it over through `customXmlParts`): null when it is not well-formed
 * or not ours. Same parser and limits as the .docx reader.
 */
export function parseReportPart(text: string | null | undefined, maxDepth = 64): { template: { id: TemplateKind; version: string } | null; sends: SendRecord[] } | null {
  if (!text) return null;
  let root: XmlElement;
  try {
    root = parseXml(text, 'customXml', maxDepth);
  } catch {
    return null;
  }
  return isEl(root, NS.bctt, 'report') ? { template: templateOf(root), sends: sendHistoryOf(root) } : null;
}

export function templateOf(root: XmlElement): { id: TemplateKind; version: string } | null {
  const id = attr(root, '', 'template');
  const version = attr(root, '', 'version');
  if (!isTemplateKind(id) || !version || !version.trim()) return null;
  return { id, version: version.trim() };
}

function isSendPath(value: string | undefined): value is SendRecord['path'] {
  return value === 'graph' || value === 'relay' || value === 'manual';
}

/** Valid send records, in document order (oldest first); malformed ones are skipped. */
export function sendHistoryOf(root: XmlElement): SendRecord[] {
  const out: SendRecord[] = [];
  for (const el of elements(root)) {
    if (!isEl(el, NS.bctt, 'send')) continue;
    const at = attr(el, '', 'at');
    const path = attr(el, '', 'path');
    const to = attr(el, '', 'to');
    if (!at || Number.isNaN(Date.parse(at)) || !isSendPath(path) || to === undefined) continue;
    const record: SendRecord = { at, path, to };
    const receipt = attr(el, '', 'receipt');
    const period = attr(el, '', 'period');
    if (receipt !== undefined) record.receipt = receipt;
    if (period !== undefined) record.period = period;
    out.push(record);
  }
  return out;
}
