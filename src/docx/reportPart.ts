/**
 * The report's custom XML part, one home for the Word host and the file host alike: it records the template
 * identity, the quarter the report is written for (`period`) and the send history
 * (`<bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report" template=… version=…><bctt:send …/></bctt:report>`).
 * Strings in and out: `buildReportXml` writes the part (the .docx writer, Word's `customXmlParts.add/setXml`),
 * `parseReportXml` reads it (Word's `getXml()`), with the same parser and limits as the .docx reader. In a package
 * it is found by its root namespace in any customXml/*.xml part, not by file name (`findReportPart`).
 */
import type { SendRecord } from '../core/snapshot';
import { isTemplateKind, type TemplateKind } from '../core/template';
import { isAppError } from '../core/errors';
import { NS as OOXML_NS, XML_DECLARATION } from '../ooxml/namespaces';
import { parseQuarterLabel } from '../core/calendar/quarter';
import { attrText } from './editXml';
import type { XmlCaps } from './limits';
import { type PackageReader } from './zip';
import { type XmlElement, attr, elements, isEl, parseXml } from './xml';

/** The part's root namespace: the only spelling of it. */
export const REPORT_NAMESPACE = OOXML_NS.report;

/** What the part says: the template the document was made from (null when unreadable) and the sends, oldest first. */
export interface ReportPart {
  template: { id: TemplateKind; version: string } | null;
  sends: SendRecord[];
  /** The quarter the report is written for ("2026-Q4"), or null when absent or malformed. */
  period: string | null;
}

/** A report part found in a package: its zip entry, text and parsed root (for in-place edits). */
export interface FoundReportPart {
  /** Zip entry name. */
  part: string;
  text: string;
  root: XmlElement;
}

/** A `send` element; `q` qualifies a local name with the part's prefix. */
export function sendElementXml(send: SendRecord, q: (local: string) => string = (l) => `bctt:${l}`): string {
  let attrs = ` at="${attrText(send.at)}" path="${attrText(send.path)}" to="${attrText(send.to)}"`;
  if (send.receipt !== undefined) attrs += ` receipt="${attrText(send.receipt)}"`;
  if (send.period !== undefined) attrs += ` period="${attrText(send.period)}"`;
  return `<${q('send')}${attrs}/>`;
}

/**
 * The whole part, XML declaration included; without a template the root carries no template attributes, without a
 * period no `period` attribute.
 */
export function buildReportXml(part: {
  template: { id: TemplateKind; version: string } | null;
  sends: readonly SendRecord[];
  period?: string | null;
}): string {
  const identity =
    (part.template ? ` template="${attrText(part.template.id)}" version="${attrText(part.template.version)}"` : '') +
    (part.period != null ? ` period="${attrText(part.period)}"` : '');
  return (
    XML_DECLARATION +
    `<bctt:report xmlns:bctt="${REPORT_NAMESPACE}"${identity}>` +
    part.sends.map((s) => sendElementXml(s)).join('') +
    '</bctt:report>'
  );
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
export async function findReportPart(pkg: PackageReader, maxDepth: number | Partial<XmlCaps>): Promise<FoundReportPart | null> {
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
    if (isEl(root, REPORT_NAMESPACE, 'report')) return { part: name, text, root };
  }
  return null;
}

/**
 * Parse a report part given as text (Word hands it over through `customXmlParts`): null when it is not well-formed
 * or not ours. Same parser and limits as the .docx reader. Malformed send records are dropped.
 */
export function parseReportXml(text: string | null | undefined, maxDepth = 64): ReportPart | null {
  if (!text) return null;
  let root: XmlElement;
  try {
    root = parseXml(text, 'customXml', maxDepth);
  } catch {
    return null;
  }
  return isEl(root, REPORT_NAMESPACE, 'report') ? { template: templateOf(root), sends: sendHistoryOf(root), period: periodOf(root) } : null;
}

export function templateOf(root: XmlElement): { id: TemplateKind; version: string } | null {
  const id = attr(root, '', 'template');
  const version = attr(root, '', 'version');
  if (!isTemplateKind(id) || !version || !version.trim()) return null;
  return { id, version: version.trim() };
}

/** The quarter the report is written for ("2026-Q4"), or null when absent or malformed. */
export function periodOf(root: XmlElement): string | null {
  const ref = parseQuarterLabel(attr(root, '', 'period') ?? '');
  return ref ? ref.label : null;
}

function isSendPath(value: string | undefined): value is SendRecord['path'] {
  return value === 'graph' || value === 'relay' || value === 'manual';
}

/** Valid send records, in document order (oldest first); malformed ones are skipped. */
export function sendHistoryOf(root: XmlElement): SendRecord[] {
  const out: SendRecord[] = [];
  for (const el of elements(root)) {
    if (!isEl(el, REPORT_NAMESPACE, 'send')) continue;
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
