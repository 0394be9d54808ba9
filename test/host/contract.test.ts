/**
 * The DocumentHost contract, run against every host: WordHost (on office-addin-mock), FileHost (a real .docx in
 * memory) and the test double the task pane's tests use. A behaviour the task pane relies on is written here once;
 * a host that differs fails here, not in front of a user.
 */
import { AppError } from '../../src/core/errors';
import type { DocumentHost, ModelRow } from '../../src/core/host';
import { hasMessage, t } from '../../src/core/i18n';
import type { TemplateKind } from '../../src/core/template';
import { FileHost } from '../../src/docx/fileHost';
import { WordHost } from '../../src/word/WordHost';
import { FakeHost, templateSnapshot } from '../support/fakeHost';
import { individualModel, mockEnv, REPORT_XML, type DocModel } from '../word/support/mockWord';

function wordModel(kind: TemplateKind): DocModel {
  const model = individualModel(false);
  if (kind === 'collective') {
    model.controls = [
      { tag: 'bctt.tenTapThe', text: '(ghi rõ tên đơn vị đến cấp Thành phố)', placeholderText: '(ghi rõ tên đơn vị đến cấp Thành phố)' },
      ...model.controls.slice(4),
    ];
    model.customXml = [REPORT_XML('collective')];
  }
  return model;
}

const HOSTS: Array<[string, (kind: TemplateKind) => Promise<DocumentHost>]> = [
  [
    'WordHost',
    async (kind) => {
      // The pane always gives a host the person's confirmation of removed words (RemovalGuard); here the person says
      // yes. The refusal without one is tested in test/word/keepWords.test.ts.
      const host = new WordHost({ env: mockEnv(wordModel(kind)), loadTemplate: async () => new Uint8Array([0x50, 0x4b, 3, 4]) });
      host.setRemovalConfirmer(async () => true);
      return host;
    },
  ],
  [
    'FileHost',
    async (kind) => {
      // The pane always gives a host the person's confirmation of removed words (RemovalGuard); here the person
      // says yes. The guard's refusals are tested in test/docx/keepWords.test.ts.
      const host = await FileHost.create(kind);
      host.setRemovalConfirmer(async () => true);
      return host;
    },
  ],
  ['FakeHost', async (kind) => new FakeHost(templateSnapshot(kind))],
];

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const app = error as AppError;
  expect(hasMessage(app.messageKey)).toBe(true);
  expect(t(app.messageKey, app.params, 'vi')).not.toContain('{');
  return app;
}

const ROWS: ModelRow[] = [
  { ten: 'Thư viện xanh'.normalize('NFD'), donVi: 'Tổ 1', moTa: 'Mô tả', loTrinh: 'Tháng 9: khảo sát', ketQua: '600 học sinh' },
  { ten: '<B> & "C"', donVi: 'Tổ 2', moTa: 'x', loTrinh: 'y', ketQua: 'z' },
];

describe.each(HOSTS)('DocumentHost contract: %s', (_name, make) => {
  it('writes a text field in NFC, and an empty value brings the placeholder back', async () => {
    const host = await make('individual');
    await host.setField('hoTen', 'nguyễn văn an'.normalize('NFD'));
    let field = (await host.snapshot()).fields.hoTen;
    expect([field.text, field.showingPlaceholder]).toEqual(['nguyễn văn an', false]);
    await host.setField('hoTen', '');
    field = (await host.snapshot()).fields.hoTen;
    expect([field.text, field.showingPlaceholder]).toEqual(['', true]);
  });

  it('capitalises the name with the checklist’s fix', async () => {
    const host = await make('individual');
    await host.setField('hoTen', 'nguyễn thị ánh');
    await host.applyFix({ kind: 'uppercaseName', fieldId: 'hoTen' });
    expect((await host.snapshot()).fields.hoTen.text).toBe('NGUYỄN THỊ ÁNH');
  });

  it('refuses text for the photo and the table, and values that are not text', async () => {
    const host = await make('individual');
    expect((await refusal(host.setField('anh', 'x'))).messageKey).toBe('host.editUnsupported');
    expect((await refusal(host.setField('moHinh', 'x'))).messageKey).toBe('host.editUnsupported');
    expect((await refusal(host.setField('hoTen', 42 as unknown as string))).messageKey).toBe('host.invalidArgument');
  });

  it('names the missing field with the same key, whatever the platform', async () => {
    const host = await make('collective');
    const error = await refusal(host.setField('hoTen', 'A'));
    expect([error.messageKey, error.params.field]).toEqual(['host.fieldMissing', 'Họ tên']);
    expect((await refusal(host.applyFix({ kind: 'uppercaseName', fieldId: 'hoTen' }))).messageKey).toBe('host.fieldMissing');
  });

  it('writes the models table by header and reads it back in NFC; no rows leaves none', async () => {
    const host = await make('collective');
    expect(await host.readTable()).toEqual([]);
    await host.writeTable(ROWS);
    const nfc = ROWS.map((r) => ({ ...r, ten: r.ten.normalize('NFC') }));
    expect(await host.readTable()).toEqual(nfc);
    expect((await host.snapshot()).table?.rows.map((r) => r[0])).toEqual(['1', '2']);
    await host.writeTable([]);
    expect(await host.readTable()).toEqual([]);
  });

  it('asks before a write removes written words, with those words; declined, it is refused and nothing changes', async () => {
    const host = await make('individual');
    await host.writeTable(ROWS);
    const asked: string[][] = [];
    host.setRemovalConfirmer?.(async (words) => (asked.push(words), false));
    expect((await refusal(host.writeTable([ROWS[0]]))).messageKey).toBe('host.removalDeclined');
    expect(asked).toEqual([['<B>', '&', '"C"', 'Tổ', '2', 'x', 'y', 'z']]);
    expect(await host.readTable()).toEqual(ROWS.map((r) => ({ ...r, ten: r.ten.normalize('NFC') })));
    host.setRemovalConfirmer?.(async (words) => (asked.push(words), true));
    await host.writeTable([ROWS[0], ROWS[1]]); // nothing removed: not asked
    expect(asked).toHaveLength(1);
  });

  it('refuses an invalid row before touching the table', async () => {
    const host = await make('individual');
    await host.writeTable([ROWS[1]]);
    const error = await refusal(host.writeTable([ROWS[1], { ...ROWS[1], ten: 5 as unknown as string }]));
    expect([error.messageKey, error.params.row]).toEqual(['host.invalidRow', 2]);
    expect((await refusal(host.writeTable('rows' as unknown as ModelRow[]))).messageKey).toBe('host.invalidRow');
    expect(await host.readTable()).toEqual([ROWS[1]]);
  });

  it('refuses a fix it does not know and a legacy encoding that does not exist', async () => {
    const host = await make('individual');
    expect((await refusal(host.applyFix({ kind: 'makeCoffee' } as never))).messageKey).toBe('host.fixUnsupported');
    expect((await refusal(host.applyFix({ kind: 'convertLegacy', encoding: 'utf7' } as never))).messageKey).toBe('host.invalidArgument');
  });

  it('adds the guide’s headings to the summary, and refuses headings that are not text', async () => {
    const host = await make('individual');
    await host.insertSummarySkeleton(['Mở đầu', '  ', 'Kết quả'.normalize('NFD')]);
    const summary = (await host.snapshot()).fields.tomTat;
    expect(summary.showingPlaceholder).toBe(false);
    expect(summary.text).toContain('Mở đầu');
    expect(summary.text).toContain('Kết quả');
    expect((await refusal(host.insertSummarySkeleton([1 as unknown as string]))).messageKey).toBe('host.invalidArgument');
  });

  it('gives an unsubscribe function for change events that can be called twice', async () => {
    const host = await make('individual');
    const off = host.onChange(() => undefined);
    expect(typeof off).toBe('function');
    off();
    off();
  });
});
