import { buildReportXml, parseReportXml, REPORT_NAMESPACE } from '../../src/docx/reportPart';
import { readDocx } from '../../src/docx/read';
import { editDocx } from '../../src/docx/edit';
import { writeTemplateDocx } from '../../src/docx/write';
import type { SendRecord } from '../../src/core/snapshot';

const SEND: SendRecord = { at: '2026-12-30T08:00:00.000Z', path: 'relay', to: 'phong@gd.vn', receipt: 'R-1', period: '2026-Q4' };

describe('the report part: one module, strings in and out, for the Word and file hosts', () => {
  it('round-trips the template and the sends, Vietnamese and XML special characters included', () => {
    const sends = [SEND, { at: '2027-01-01T00:00:00.000Z', path: 'manual' as const, to: 'Phòng "GD" <a&b>' }];
    const xml = buildReportXml({ template: { id: 'collective', version: '1.0' }, sends });
    expect(xml).toContain(`xmlns:bctt="${REPORT_NAMESPACE}"`);
    expect(parseReportXml(xml)).toEqual({ template: { id: 'collective', version: '1.0' }, sends, period: null });
  });

  it('writes a part without identity when the template is unknown, and drops characters XML cannot hold', () => {
    const xml = buildReportXml({ template: null, sends: [{ ...SEND, to: 'a\u0001b\u0008c' }] });
    expect(parseReportXml(xml)).toEqual({ template: null, sends: [{ ...SEND, to: 'abc' }], period: null });
  });

  it('reads nothing from text that is not ours or not XML', () => {
    for (const text of [null, '', 'not xml', '<report/>', `<x:report xmlns:x="urn:other"/>`]) expect(parseReportXml(text)).toBeNull();
  });

  it('is the part the .docx writer writes, the reader reads and editDocx appends to', async () => {
    const bytes = await writeTemplateDocx('individual', { kind: 'individual', sendHistory: [SEND] });
    expect((await readDocx(bytes)).sendHistory).toEqual([SEND]);
    const more = await editDocx(bytes, { appendSend: { ...SEND, at: '2027-01-02T00:00:00.000Z' } });
    const snap = await readDocx(more);
    expect(snap.template).toEqual({ id: 'individual', version: '1.0' });
    expect(snap.sendHistory.map((s) => s.at)).toEqual([SEND.at, '2027-01-02T00:00:00.000Z']);
  });
});
