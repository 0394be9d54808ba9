import { AppError } from '../../src/core/errors';
import { runInsert } from '../../src/commands/commands';
import type { OfficeGlobal } from '../../src/word/office';

/** An Office stand-in whose dialog stays open until the test closes it. */
function officeWithDialog(options: { fails?: boolean } = {}) {
  const opened: string[] = [];
  let closeDialog: (() => void) | null = null;
  const office: OfficeGlobal = {
    onReady: async () => ({ host: 'Word', platform: 'PC' }),
    context: {
      displayLanguage: 'vi-VN',
      ui: {
        displayDialogAsync: (url, _options, callback) => {
          opened.push(url);
          if (options.fails) {
            callback?.({ status: 'failed', error: { code: 12007 } } as unknown as Office.AsyncResult<Office.Dialog>);
            return;
          }
          const dialog = {
            addEventHandler: (type: string, handler: (arg: unknown) => void) => {
              if (type === 'dialogEventReceived') closeDialog = () => handler({ error: 12006 });
            },
          };
          callback?.({ status: 'succeeded', value: dialog } as unknown as Office.AsyncResult<Office.Dialog>);
        },
      },
    },
  };
  return { office, opened, close: () => closeDialog?.() };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('ribbon commands', () => {
  it('completes the event only after the error dialog is closed, with the message in the query string', async () => {
    const { office, opened, close } = officeWithDialog();
    const event = { completed: jest.fn() };
    const failing = async () => ({ ok: false as const, error: new AppError('word.templateLoad', { kind: 'individual' }) });
    const done = runInsert('individual', event, { office, insert: failing, pageUrl: 'https://localhost:3000/commands.html' });
    await flush();
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]);
    expect(url.pathname).toBe('/assets/message.html');
    expect(url.searchParams.get('text')).toContain('Không tải được mẫu');
    expect(event.completed).not.toHaveBeenCalled(); // the dialog is still open
    close();
    await done;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('completes at once on success, and when the dialog cannot open', async () => {
    const ok = { completed: jest.fn() };
    await runInsert('collective', ok, { office: officeWithDialog().office, insert: async () => ({ ok: true }) });
    expect(ok.completed).toHaveBeenCalledTimes(1);
    const blocked = { completed: jest.fn() };
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await runInsert('collective', blocked, {
      office: officeWithDialog({ fails: true }).office,
      insert: async () => ({ ok: false as const, error: new AppError('word.templateLoad', { kind: 'collective' }) }),
      pageUrl: 'https://localhost:3000/commands.html',
    });
    expect(blocked.completed).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('completes even when the insert throws', async () => {
    const event = { completed: jest.fn() };
    await expect(runInsert('individual', event, { office: undefined, insert: async () => Promise.reject(new Error('x')) })).rejects.toThrow('x');
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
