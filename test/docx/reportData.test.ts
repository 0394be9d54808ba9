import { parseReportData } from '../../src/docx/reportData';

describe('parseReportData', () => {
  it('accepts the documented individual shape without problems', () => {
    const r = parseReportData({
      kind: 'individual',
      fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Giáo viên' },
      summary: ['Đoạn một.', 'Đoạn hai.'],
      models: [{ ten: 'Thư viện xanh', donVi: 'Tổ 1', moTa: 'M', loTrinh: 'L', ketQua: 'K' }],
      photo: 'anh.jpg',
    });
    expect(r.problems).toEqual([]);
    expect(r.photoPath).toBe('anh.jpg');
    expect(r.data).toEqual({
      kind: 'individual',
      fields: { hoTen: 'NGUYỄN THỊ MAI', sinhNam: '1984', chucVuDonVi: 'Giáo viên' },
      summary: ['Đoạn một.', 'Đoạn hai.'],
      models: [{ ten: 'Thư viện xanh', donVi: 'Tổ 1', moTa: 'M', loTrinh: 'L', ketQua: 'K' }],
    });
  });

  it('accepts a collective with tenTapThe and no photo', () => {
    const r = parseReportData({
      kind: 'collective',
      fields: { tenTapThe: 'Trường Mầm non Bến Nghé, Quận 1, TP. Hồ Chí Minh' },
    });
    expect(r.problems).toEqual([]);
    expect(r.photoPath).toBeUndefined();
    expect(r.data.kind).toBe('collective');
  });

  it('reports an unknown field id, naming the valid ones', () => {
    const r = parseReportData({ kind: 'individual', fields: { hoten: 'A' } });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('"hoten"');
    expect(r.problems[0]).toContain('hoTen, sinhNam, chucVuDonVi');
    expect(r.data.fields).toEqual({});
  });

  it("reports the other template's field as belonging to it", () => {
    const r = parseReportData({ kind: 'collective', fields: { hoTen: 'A' } });
    expect(r.problems[0]).toMatch(/thuộc mẫu.*individual/);
  });

  it('reports a missing or invalid kind and assumes individual', () => {
    expect(parseReportData({}).problems[0]).toContain('"kind"');
    const r = parseReportData({ kind: 'ca nhan' });
    expect(r.data.kind).toBe('individual');
    expect(r.problems[0]).toContain('"ca nhan"');
  });

  it('reports non-object input', () => {
    for (const bad of [null, 'x', 3, []]) expect(parseReportData(bad).problems).toHaveLength(1);
  });

  it('reports wrong value types with their path', () => {
    const r = parseReportData({
      kind: 'individual',
      fields: { hoTen: ['A'] },
      summary: ['ok', 5],
      models: [{ ten: {} }, 'row'],
      photo: 7,
    });
    expect(r.problems.some((p) => p.includes('"hoTen"'))).toBe(true);
    expect(r.problems.some((p) => p.includes('summary[1]'))).toBe(true);
    expect(r.problems.some((p) => p.includes('models[0].ten'))).toBe(true);
    expect(r.problems.some((p) => p.includes('models[1]'))).toBe(true);
    expect(r.problems.some((p) => p.includes('"photo"'))).toBe(true);
    expect(r.data.summary).toEqual(['ok']);
  });

  it('accepts a numeric birth year and turns it into text', () => {
    const r = parseReportData({ kind: 'individual', fields: { sinhNam: 1984 } });
    expect(r.problems).toEqual([]);
    expect(r.data.fields).toEqual({ sinhNam: '1984' });
  });

  it('splits a summary given as one string on blank lines', () => {
    expect(parseReportData({ kind: 'individual', summary: 'Một.\n\nHai.\r\n\r\nBa.' }).data.summary).toEqual([
      'Một.',
      'Hai.',
      'Ba.',
    ]);
  });

  it('ignores a tt column (numbered automatically) and reports unknown columns', () => {
    const r = parseReportData({ kind: 'individual', models: [{ tt: 9, ten: 'A', cot7: 'x' }] });
    expect(r.data.models).toEqual([{ ten: 'A' }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toContain('models[0].cot7');
  });

  it('reports unknown top-level keys and a photo on a collective', () => {
    const r = parseReportData({ kind: 'collective', extra: 1, photo: 'a.png' });
    expect(r.problems.some((p) => p.includes('"extra"'))).toBe(true);
    expect(r.problems.some((p) => p.includes('tập thể không có ảnh'))).toBe(true);
    expect(r.photoPath).toBeUndefined();
  });

  it('keeps Vietnamese text exactly as given (normalisation happens when writing)', () => {
    const nfd = 'Nguyễn'.normalize('NFD');
    expect(parseReportData({ kind: 'individual', fields: { hoTen: nfd } }).data.fields!.hoTen).toBe(nfd);
  });
});
