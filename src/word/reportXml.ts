/**
 * The custom XML part that records the template and the send history (docx contract §1):
 *   <bctt:report xmlns:bctt="urn:bao-cao-thanh-tich:report" template="individual" version="1.0">
 *     <bctt:send at="…" path="graph" to="…" receipt="…" period="2026-Q4"/>
 *   </bctt:report>
 * A small dedicated reader: the part is ours and flat, so no DOM is needed (src/word must also run in tests).
 */
import type { SendRecord } from '../core/snapshot';
import { isTemplateKind, type TemplateKind } from '../core/template';

export const REPORT_NAMESPACE = 'urn:bao-cao-thanh-tich:report';

export interface ReportPart {
  template: { id: TemplateKind; version: string } | null;
  sends: SendRecord[];
}

function escapeAttr(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function unescapeAttr(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeAttr(m[3] ?? m[4] ?? '');
  return out;
}

export function buildReportXml(part: { template: { id: TemplateKind; version: string }; sends: SendRecord[] }): string {
  const sends = part.sends
    .map((s) => {
      let attrs = ` at="${escapeAttr(s.at)}" path="${escapeAttr(s.path)}" to="${escapeAttr(s.to)}"`;
      if (s.receipt !== undefined) attrs += ` receipt="${escapeAttr(s.receipt)}"`;
      if (s.period !== undefined) attrs += ` period="${escapeAttr(s.period)}"`;
      return `<bctt:send${attrs}/>`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<bctt:report xmlns:bctt="${REPORT_NAMESPACE}" template="${escapeAttr(part.template.id)}" version="${escapeAttr(part.template.version)}">` +
    sends +
    `</bctt:report>`
  );
}

/** Read our part; null when `xml` is not a report in our namespace. Unknown send paths are dropped. */
export function parseReportXml(xml: string | null | undefined): ReportPart | null {
  if (!xml) return null;
  const root = /<([\w.-]+:)?report\b([^>]*)>/.exec(xml);
  if (!root) return null;
  const rootAttrs = attributes(root[2]);
  const prefix = root[1] ? root[1].slice(0, -1) : '';
  const nsAttr = prefix ? `xmlns:${prefix}` : 'xmlns';
  if (rootAttrs[nsAttr] !== REPORT_NAMESPACE) return null;
  const id = rootAttrs.template;
  const template = isTemplateKind(id) ? { id, version: rootAttrs.version ?? '' } : null;
  const sends: SendRecord[] = [];
  const sendTag = new RegExp(`<${prefix ? prefix + ':' : ''}send\\b([^>]*?)/?>`, 'g');
  for (const m of xml.matchAll(sendTag)) {
    const a = attributes(m[1]);
    if (!a.at || (a.path !== 'graph' && a.path !== 'relay' && a.path !== 'manual')) continue;
    const record: SendRecord = { at: a.at, path: a.path, to: a.to ?? '' };
    if (a.receipt !== undefined) record.receipt = a.receipt;
    if (a.period !== undefined) record.period = a.period;
    sends.push(record);
  }
  return { template, sends };
}
