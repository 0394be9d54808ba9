/**
 * The WordHost's operations load on first use (src/word/operations.ts, its own chunk in the task pane): Word mode's
 * first view subscribes to changes with the WordHost alone, and the first operation downloads the rest. When that
 * download fails (offline), the person gets a clear, localised refusal, the document is not touched, and the next
 * try downloads again; the confirmer set before the download is the one asked after it.
 */
import type { AppError } from '../../src/core/errors';
import type { WordHost as WordHostClass } from '../../src/word/WordHost';
import { individualModel, mockEnv, type DocModel } from './support/mockWord';

type WordHostModule = typeof import('../../src/word/WordHost');
type I18n = typeof import('../../src/core/i18n');

/** A fresh WordHost module whose operations module cannot be downloaded while `network.offline` is true. */
function hostWithNetwork(model: DocModel, network: { offline: boolean; downloads: number }): { host: WordHostClass; i18n: I18n } {
  let mod: WordHostModule | undefined;
  let i18n: I18n | undefined;
  jest.isolateModules(() => {
    jest.doMock('../../src/word/operations', () => {
      network.downloads++;
      // What webpack's loader throws for a chunk that did not arrive.
      if (network.offline) throw Object.assign(new Error('Loading chunk word-ops failed.'), { name: 'ChunkLoadError' });
      return jest.requireActual('../../src/word/operations');
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('../../src/word/WordHost') as WordHostModule;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    i18n = require('../../src/core/i18n') as I18n;
  });
  return { host: new mod!.WordHost({ env: mockEnv(model), loadTemplate: async () => new Uint8Array() }), i18n: i18n! };
}

afterEach(() => {
  jest.dontMock('../../src/word/operations');
  jest.dontMock('../../src/docx/reportPart');
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  // An AppError of this test's own module registry (jest.isolateModules): checked by its shape.
  expect(error).toMatchObject({ name: 'AppError', messageKey: expect.any(String) });
  return error as AppError;
}

describe('WordHost operations loaded on first use', () => {
  it('subscribes to changes and tells its capabilities without the operations', () => {
    const network = { offline: true, downloads: 0 };
    const { host } = hostWithNetwork(individualModel(true), network);
    const stop = host.onChange(() => undefined);
    expect(host.capabilities.kind).toBe('word');
    expect(host.capabilities.fixes).toContain('uppercaseName');
    stop();
    expect(network.downloads).toBe(0);
  });

  it('offline: refuses with a clear message in both languages, keeps the document, and loads them on the next try', async () => {
    const model = individualModel(true);
    model.controls.find((c) => c.tag === 'bctt.hoTen')!.text = 'nguyễn thị mai';
    const before = JSON.stringify(model.controls);
    const network = { offline: true, downloads: 0 };
    const { host, i18n } = hostWithNetwork(model, network);

    const error = await rejection(host.applyFix({ kind: 'uppercaseName', fieldId: 'hoTen' }));
    expect(error.messageKey).toBe('word.codeLoad');
    expect(i18n.t(error.messageKey, error.params, 'vi')).toMatch(/kết nối mạng/);
    expect(i18n.t(error.messageKey, error.params, 'en')).toMatch(/network/);
    expect(String((error.cause as Error).message)).toContain('word-ops');
    // Nothing reached Word.
    expect(model.runs).toBe(0);
    expect(JSON.stringify(model.controls)).toBe(before);

    // Still offline: downloaded again (not a cached failure), refused again.
    expect((await rejection(host.snapshot())).messageKey).toBe('word.codeLoad');
    expect(network.downloads).toBe(2);

    network.offline = false;
    const snapshot = await host.snapshot();
    expect(snapshot.fields.hoTen.text).toBe('nguyễn thị mai');
    await host.applyFix({ kind: 'uppercaseName', fieldId: 'hoTen' });
    expect(model.controls.find((c) => c.tag === 'bctt.hoTen')!.text).toBe('NGUYỄN THỊ MAI');
    expect(network.downloads).toBe(3); // once loaded, kept
  });

  it('offline after the operations arrived: the report part reader missing refuses the snapshot the same way', async () => {
    const model = individualModel(true);
    const reader = { offline: true, downloads: 0 };
    let mod: WordHostModule | undefined;
    jest.isolateModules(() => {
      jest.doMock('../../src/docx/reportPart', () => {
        reader.downloads++;
        if (reader.offline) throw Object.assign(new Error('Loading chunk word-xml failed.'), { name: 'ChunkLoadError' });
        return jest.requireActual('../../src/docx/reportPart');
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require('../../src/word/WordHost') as WordHostModule;
    });
    const host = new mod!.WordHost({ env: mockEnv(model), loadTemplate: async () => new Uint8Array() });
    const error = await rejection(host.snapshot());
    expect(error.messageKey).toBe('word.codeLoad');
    expect(model.runs).toBe(0);
    reader.offline = false;
    expect((await host.snapshot()).template).toEqual({ id: 'individual', version: '1.0' });
    expect(reader.downloads).toBeGreaterThan(1);
  });

  it('asks the removal confirmer set before the operations loaded, and the one set after', async () => {
    const model = individualModel(true);
    const network = { offline: false, downloads: 0 };
    const { host } = hostWithNetwork(model, network);
    const first = jest.fn(async () => false);
    host.setRemovalConfirmer(first);
    // Typed words in the photo frame would be replaced by the picture: asked first.
    const photo = model.controls.find((c) => c.tag === 'bctt.anh')!;
    photo.text = 'ảnh của tôi';
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0x2c, 0, 0, 0x01, 0x90, 8, 2, 0, 0, 0]);
    expect((await rejection(host.setPhoto(png))).messageKey).toBe('host.removalDeclined');
    expect(first).toHaveBeenCalledWith(['ảnh', 'của', 'tôi']);
    host.setRemovalConfirmer(null);
    expect((await rejection(host.setPhoto(png))).messageKey).toBe('host.wouldRemoveText');
    expect(first).toHaveBeenCalledTimes(1);
  });
});
