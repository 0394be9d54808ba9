/**
 * WordHost on every platform profile of the Word test double (support/platforms.ts): each profile refuses what that
 * Word refuses, with Word's error codes, so a path that only works on Windows fails here. The first block proves the
 * double really refuses; the second runs the host's public methods on every profile.
 */
import { AppError } from '../../src/core/errors';
import { hasMessage, t } from '../../src/core/i18n';
import { WordHost } from '../../src/word/WordHost';
import { individualModel, legacyIndividualModel, mockEnv, type DocModel } from './support/mockWord';
import { PLATFORMS, PROFILES, type PlatformProfile } from './support/platforms';

const TEMPLATE_BYTES = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const PNG_3x4 = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0x2c, 0, 0, 0x01, 0x90, 8, 2, 0, 0, 0]);

function hostOn(model: DocModel, profile: PlatformProfile) {
  const env = mockEnv(model, { profile });
  return { env, host: new WordHost({ env, loadTemplate: async () => TEMPLATE_BYTES }) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(AppError);
  const app = error as AppError;
  expect(hasMessage(app.messageKey)).toBe(true);
  return app;
}

const has = (profile: PlatformProfile, set: string) => profile.sets.includes(set);

describe('the Word test double refuses what real Word refuses', () => {
  it('Word on the web: setting placeholderText is NotAllowed (office-js #785, #53)', async () => {
    const model = individualModel(true);
    const { env } = hostOn(model, PLATFORMS.web);
    const error = await rejection(
      env.run(async (context) => {
        const cc = context.document.contentControls.getByTag('bctt.hoTen');
        cc.load('tag');
        await context.sync();
        cc.items[0].placeholderText = 'x';
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: 'NotAllowed' });
  });

  it('Word on the web: ContentControl.insertParagraph is NotAllowed (office-js #53)', async () => {
    const { env } = hostOn(individualModel(true), PLATFORMS.web);
    const error = await rejection(
      env.run(async (context) => {
        const cc = context.document.contentControls.getByTag('bctt.tomTat');
        cc.load('tag');
        await context.sync();
        cc.items[0].insertParagraph('x', 'End');
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: 'NotAllowed' });
  });

  it.each(PROFILES)('$name: Replace over controls that cannot be deleted is NotAllowed (office-js #2829)', async (profile) => {
    const model = individualModel(true);
    const { env } = hostOn(model, profile);
    const error = await rejection(
      env.run(async (context) => {
        context.document.body.insertFileFromBase64('UEsDBA==', 'Replace');
        await context.sync();
      }),
    );
    expect(error).toMatchObject({ code: 'NotAllowed' });
    expect(model.inserted).toEqual([]);
  });

  it.each(PROFILES)('$name: document.contentControls lists rich-text controls only (office-js #2160, #6144)', async (profile) => {
    const { env } = hostOn(legacyIndividualModel(true), profile);
    const tags = await env.run(async (context) => {
      const all = context.document.contentControls;
      all.load('tag');
      await context.sync();
      return all.items.map((cc) => cc.tag);
    });
    expect(tags).toEqual(['bctt.tomTat', 'bctt.moHinh']);
  });

  it('a sync on a finished Word.run context is refused (events are removed in Word.run(eventResult.context))', async () => {
    const { env } = hostOn(individualModel(true), PLATFORMS.windows);
    let kept: Word.RequestContext | null = null;
    await env.run(async (context) => {
      kept = context;
    });
    await expect(kept!.sync()).rejects.toMatchObject({ code: 'InvalidRequest' });
  });

  it('iPad: slices larger than 64 KB fail', async () => {
    const { env } = hostOn(individualModel(true), PLATFORMS.ipad);
    const status = await new Promise((resolve) => env.document.getFileAsync('compressed', { sliceSize: 4194304 }, (r) => resolve(r.status)));
    expect(status).toBe('failed');
  });
});

describe.each(PROFILES)('WordHost on $name', (profile) => {
  it('reads a template document in one round trip', async () => {
    const model = individualModel(true);
    const snap = await hostOn(model, profile).host.snapshot();
    expect(model.syncs).toBe(1);
    expect(snap.fields.hoTen?.text).toBe('NGUYỄN THỊ MAI');
    expect(snap.fields.anh?.picture).not.toBeNull();
    expect(snap.table?.rows).toHaveLength(1);
    expect(snap.template?.id).toBe('individual');
  });

  it('reads an older document with plain-text fields where the platform can list them (WordApi 1.5)', async () => {
    const snap = await hostOn(legacyIndividualModel(true), profile).host.snapshot();
    const reachable = has(profile, 'WordApi 1.5');
    expect(snap.fields.hoTen?.text).toBe(reachable ? 'NGUYỄN THỊ MAI' : undefined);
    // The picture control: WordApiDesktop 1.3 only.
    expect(Boolean(snap.fields.anh)).toBe(has(profile, 'WordApiDesktop 1.3'));
    expect(snap.fields.tomTat?.paragraphs).toEqual(['Đoạn một.', 'Đoạn hai.']);
  });

  it('recognises fields by their labels in an export with no controls left, whatever the platform can list', async () => {
    const model = individualModel(true);
    model.controls = [];
    const snap = await hostOn(model, profile).host.snapshot();
    expect(snap.fields.hoTen).toMatchObject({ text: 'NGUYỄN THỊ MAI', via: 'label' });
    expect(snap.fields.tomTat).toMatchObject({ paragraphs: ['Đoạn một.', 'Đoạn hai.'], via: 'label' });
  });

  it('offers "insert here" first on the web, where a new document may not open (office-js #5507, #3096)', () => {
    const { host } = hostOn(individualModel(true), profile);
    const expected = !has(profile, 'WordApi 1.3') ? ['here'] : profile.platform === 'OfficeOnline' ? ['here', 'newDocument'] : ['newDocument', 'here'];
    expect(host.capabilities.insertModes).toEqual(expected);
  });

  it('replaces a document holding locked controls (unlocked first), once the words it removes are confirmed', async () => {
    const model = individualModel(true);
    const { host, env } = hostOn(model, profile);
    const asked: string[][] = [];
    host.setRemovalConfirmer(async (words) => (asked.push(words), true));
    await host.insertTemplate('collective', 'here', { overwrite: true });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual(expect.arrayContaining(['NGUYỄN', 'THỊ', 'MAI', 'Đoạn', 'một.']));
    expect(model.inserted).toEqual([{ where: has(profile, 'WordApi 1.5') ? 'document' : 'body', base64Length: 12 }]);
    // Tagged so the pane opens with the document next time, also when sideloaded.
    expect(env.addinSettings.saved).toEqual({ 'Office.AutoShowTaskpaneWithDocument': true });
  });

  it('restores a deleted field as a ready-made control, placeholder included, without any setter', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag !== 'bctt.sinhNam');
    model.paragraphs[3].text = '- Sinh năm: '; // deleted with its text: nothing to put a control around
    const { host } = hostOn(model, profile);
    await host.applyFix({ kind: 'restoreField', fieldId: 'sinhNam' });
    expect(model.controls.find((cc) => cc.tag === 'bctt.sinhNam')).toMatchObject({
      type: 'RichText',
      cannotDelete: true,
      placeholderText: '(năm sinh, ví dụ: 1984)',
      title: 'Sinh năm',
    });
    expect((await host.snapshot()).fields.sinhNam).toMatchObject({ showingPlaceholder: true });
  });

  it('restores the models table with its header', async () => {
    const model = individualModel(true);
    model.controls = model.controls.filter((cc) => cc.tag !== 'bctt.moHinh');
    const { host } = hostOn(model, profile);
    await host.applyFix({ kind: 'restoreField', fieldId: 'moHinh' });
    expect(model.controls.find((cc) => cc.tag === 'bctt.moHinh')?.table?.[0][0]).toBe('TT');
    expect(await host.readTable()).toEqual([]);
  });

  it('puts the photo into the rich-text photo control', async () => {
    const model = individualModel(false);
    await hostOn(model, profile).host.setPhoto(PNG_3x4);
    expect(model.controls[0].picture?.width).toBeCloseTo(113.39, 1);
  });

  it("explains an older picture control it cannot fill (the web) or cannot reach (no WordApiDesktop 1.3)", async () => {
    const model = legacyIndividualModel(false);
    const promise = hostOn(model, profile).host.setPhoto(PNG_3x4);
    if (!has(profile, 'WordApiDesktop 1.3')) {
      // Picture controls cannot even be listed there (ContentControlOptions: picture is WordApiDesktop 1.3).
      expect((await appError(promise)).messageKey).toBe('host.fieldMissing');
    } else if (profile.refuses.pictureIntoPictureControl) {
      expect((await appError(promise)).messageKey).toBe('word.photoLegacyControl');
    } else {
      await promise;
      expect(model.controls[0].picture).toBeTruthy();
    }
  });

  it('converts TCVN3 text and leaves it in Times New Roman, not in the legacy font', async () => {
    const model = individualModel(true);
    model.paragraphs.push({ text: 'Tr\u00adêng TiÓu häc', font: { name: '.VnTime', size: 14 } });
    await hostOn(model, profile).host.applyFix({ kind: 'convertLegacy', encoding: 'tcvn3', font: '.VnTime' } as never);
    expect(model.paragraphs.at(-1)).toEqual({ text: 'Trường Tiểu học', font: { name: 'Times New Roman', size: 14 } });
  });

  it('adds the guide headings after a summary that has text', async () => {
    const model = individualModel(true);
    await hostOn(model, profile).host.insertSummarySkeleton(['1. Thành tích', '2. Hiệu quả']);
    expect(model.controls[4].text).toBe('Đoạn một.\rĐoạn hai.\r1. Thành tích\r2. Hiệu quả');
  });

  it('writes and reads the models table, asking first about the words it replaces', async () => {
    const model = individualModel(true);
    const { host } = hostOn(model, profile);
    const asked: string[][] = [];
    host.setRemovalConfirmer(async (words) => (asked.push(words), true));
    const row = { ten: 'A', donVi: 'B', moTa: 'C', loTrinh: 'D', ketQua: 'E' };
    await host.writeTable([row, row]);
    expect(asked).toEqual([['Thư', 'viện', 'xanh', 'Tổ', '1', 'Mô', 'tả', 'Lộ', 'trình', 'Kết', 'quả']]);
    expect(await host.readTable()).toEqual([row, row]);
  });

  it('goes to text holding a caret, escaped for Word search', async () => {
    const model = individualModel(true);
    model.paragraphs.push({ text: 'Tăng 10^3 lần' });
    await hostOn(model, profile).host.goTo({ text: 'Tăng 10^3 lần' });
    expect(model.selected).toBe('search:Tăng 10^^3 lần');
  });

  it('listens with what the platform has, tracks control events, and removes them in a new batch', async () => {
    const model = individualModel(true);
    const { host, env } = hostOn(model, profile);
    const off = host.onChange(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    const want16 = has(profile, 'WordApi 1.6') ? 1 : 0;
    const want15 = !want16 && has(profile, 'WordApi 1.5') ? 6 : 0;
    expect(model.handlers).toEqual({ paragraphChanged: want16, dataChanged: want15, untracked: 0 });
    expect(env.document.handlers).toHaveLength(1); // selection changes, everywhere
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(model.handlers).toEqual({ paragraphChanged: 0, dataChanged: 0, untracked: 0 });
  });

  it('gets the file in slices the platform accepts, and explains error 11001', async () => {
    const model = individualModel(true);
    const { host, env } = hostOn(model, profile);
    env.fileSlices = [new Uint8Array([1, 2]), new Uint8Array([3])];
    expect(Array.from(await host.fileBytes())).toEqual([1, 2, 3]);
    expect(env.sliceSizes[0]).toBeLessThanOrEqual(profile.maxSliceSize);
    env.fileError = { code: 11001, message: 'A network problem has prevented retrieval of the file.' };
    const error = await appError(host.fileBytes());
    expect(error.messageKey).toBe('word.fileNetwork');
    expect(t(error.messageKey, error.params, 'vi')).toContain('Tải xuống');
  });

  it('records a send where the custom XML part exists (WordApi 1.4), and names the set elsewhere', async () => {
    const model = individualModel(true);
    const { host } = hostOn(model, profile);
    const record = { at: '2026-12-30T08:00:00.000Z', path: 'manual' as const, to: 'a@b.vn' };
    if (has(profile, 'WordApi 1.4')) {
      await host.recordSend(record);
      expect((await host.snapshot()).sendHistory).toEqual([record]);
    } else {
      expect((await appError(host.recordSend(record))).params.set).toBe('WordApi 1.4');
    }
  });
});
