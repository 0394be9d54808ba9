/**
 * The custom XML part that records the template and the send history (docx contract §1), as Word's
 * `customXmlParts` API hands it over: built and parsed by the same code as the .docx writer and reader.
 */
import type { SendRecord } from '../core/snapshot';
import type { TemplateKind } from '../core/template';
import { reportCustomXml } from '../docx/package';
import { parseReportPart } from '../docx/reportPart';
import { NS } from '../docx/xml';

export const REPORT_NAMESPACE = NS.bctt;

export interface ReportPart {
  template: { id: TemplateKind; version: string } | null;
  sends: SendRecord[];
  /** The quarter the report is written for ("2026-Q4"), or null. */
  period: string | null;
}

export function buildReportXml(part: { template: { id: TemplateKind; version: string }; sends: SendRecord[]; period?: string | null }): string {
  return reportCustomXml(part.template.id, part.template.version, part.sends, part.period ?? undefined);
}

/** Read our part; null when `xml` is not a well-formed report in our namespace. Malformed send records are dropped. */
export function parseReportXml(xml: string | null | undefined): ReportPart | null {
  return parseReportPart(xml);
}
