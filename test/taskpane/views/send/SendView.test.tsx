/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import type { ReactElement } from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import SendView from '../../../../src/taskpane/views/send/SendView';
import { SendEnvProvider, type SendEnv } from '../../../../src/taskpane/state/sendEnv';
import { formatSendTime, sendPlan, subjectName } from '../../../../src/taskpane/views/send/sendPlan';
import { ChecksProvider } from '../../../../src/taskpane/state/checks';
import { HostProvider } from '../../../../src/taskpane/state/host';
import { I18nProvider } from '../../../../src/taskpane/state/i18n';
import { NavigationProvider } from '../../../../src/taskpane/state/navigation';
import { SettingsProvider } from '../../../../src/taskpane/state/settings';
import { AppError } from '../../../../src/core/errors';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/core/settings';
import type { DocumentSnapshot } from '../../../../src/core/snapshot';
import { RelayRefusal, type RelayReceipt } from '../../../../src/mail/relay';
import { FakeHost, templateSnapshot } from '../../../support/fakeHost';
import { NOW, memoryStorage, ready } from '../../support/renderView';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const RELAY = 'https://relay.truong.edu.vn';
const FILE_NAME = 'BCTT_2026-Q4_CaNhan_NGUYEN-VAN-AN_Truong-TH-Tran-Hung-Dao.docx';
const BYTES = new Uint8Array([0x50, 0x4b, 3, 4]);

function readySnapshot(): DocumentSnapshot {
  const s = templateSnapshot('individual', {
    hoTen: 'NGUYỄN VĂN AN',
    sinhNam: '1984',
    chucVuDonVi: 'Giáo viên, Trường Tiểu học Trần Hưng Đạo',
    tomTat: 'Thành tích nổi bật. '.repeat(300),
  });
  s.fields.anh = { id: 'anh', text: '', showingPlaceholder: false, picture: { widthEmu: 1440000, heightEmu: 2160000 } };
  s.table!.rows = [['1', 'A', 'B', 'C', 'D', 'E']];
  s.bodyText = s.fields.tomTat.text;
  return s;
}

function receipt(overrides: Partial<RelayReceipt> = {}): RelayReceipt {
  return {
    receipt: 'R2026Q4abcdef',
    status: 'pending',
    to: 'tonghop@pgd.edu.vn',
    createdAt: '2026-11-10T03:00:01Z',
    fileName: FILE_NAME,
    subject: 'x',
    period: '2026-Q4',
    replayed: false,
    ...overrides,
  };
}

type TestEnv = SendEnv & {
  downloads: Array<[Uint8Array, string]>;
  navigated: string[];
  browserWindows: string[];
  copies: string[];
  submitToRelay: jest.Mock;
  relayStatus: jest.Mock;
  sendViaGraph: jest.Mock;
  createTokenProvider: jest.Mock;
};

function testEnv(options: { naa?: boolean; browserWindow?: boolean } = {}): TestEnv {
  const env = {
    downloads: [] as Array<[Uint8Array, string]>,
    navigated: [] as string[],
    browserWindows: [] as string[],
    copies: [] as string[],
  };
  const token = { getToken: jest.fn(async () => 'token') };
  return Object.assign(env, {
    isSetSupported: (name: string) => options.naa === true && name === 'NestedAppAuth',
    openBrowserWindow: (url: string) => {
      if (!options.browserWindow) return false;
      env.browserWindows.push(url);
      return true;
    },
    navigate: (url: string) => void env.navigated.push(url),
    download: (bytes: Uint8Array, name: string) => void env.downloads.push([bytes, name]),
    copy: async (text: string) => {
      env.copies.push(text);
      return true;
    },
    submitToRelay: jest.fn(async () => receipt()),
    relayStatus: jest.fn(async () => receipt({ status: 'sent', sentAt: '2026-11-10T03:00:05Z' })),
    sendViaGraph: jest.fn(async () => ({ route: 'sendMail', recipient: 'x', sentAt: '2026-11-10T03:00:02Z' })),
    createTokenProvider: jest.fn(() => token),
  }) as unknown as TestEnv;
}

function show(
  host: FakeHost,
  options: { env?: TestEnv; settings?: Partial<Settings>; mode?: 'word' | 'file'; lang?: 'vi' | 'en' } = {},
) {
  const env = options.env ?? testEnv();
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    unitName: 'Trường Tiểu học Trần Hưng Đạo',
    senderName: 'Lê Thị Hoa',
    senderRole: 'Hiệu trưởng',
    ...options.settings,
  };
  const ui: ReactElement = (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={options.lang ?? 'vi'}>
        <SettingsProvider initial={settings} storage={memoryStorage()}>
          <HostProvider mode={options.mode ?? 'file'} initialHost={host}>
            <ChecksProvider host={host} settings={settings} now={() => NOW} delayMs={5}>
              <NavigationProvider initial="send">
                <SendEnvProvider env={env}>
                  <SendView />
                </SendEnvProvider>
              </NavigationProvider>
            </ChecksProvider>
          </HostProvider>
        </SettingsProvider>
      </I18nProvider>
    </FluentProvider>
  );
  render(ui);
  return env;
}

/** The send history's entry whose text matches `name` (the history is a list, not a table, to fit 350 px). */
async function historyItem(name: RegExp | string): Promise<HTMLElement> {
  return waitFor(() => {
    const items = within(screen.getByTestId('send-history')).getAllByRole('listitem');
    const found = items.find((li) => (typeof name === 'string' ? li.textContent?.includes(name) : name.test(li.textContent ?? '')));
    if (!found) throw new Error(`no history entry ${String(name)}`);
    return found;
  });
}

async function enabled(name: string | RegExp): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

const MANUAL = 'Tải tệp và soạn thư';
const RELAY_BUTTON = 'Gửi qua máy chủ chuyển tiếp';
const GRAPH_BUTTON = 'Gửi bằng Microsoft 365';

describe('SendView: the gate', () => {
  it('blocks sending while errors remain, lists them and explains the disabled button', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    show(host, { settings: { relayUrl: RELAY } });
    await ready();
    await waitFor(() => expect(screen.getByText(/Chưa gửi được: còn \d+ lỗi cần sửa\./)).toBeInTheDocument());
    const list = screen.getAllByRole('list')[0];
    expect(
      within(list).getByText('Chưa ghi họ tên. Ghi đầy đủ họ tên bằng chữ in hoa, không viết tắt.'),
    ).toBeInTheDocument();
    const button = screen.getByRole('button', { name: RELAY_BUTTON });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Nút gửi chỉ bật khi tài liệu không còn lỗi.');
    // A fresh check ran when the view opened (the first check and the view's refresh).
    expect(host.callsOf('snapshot').length).toBeGreaterThanOrEqual(2);
  });

  it('checks again right before sending and sends nothing when the fresh check finds a new error', async () => {
    const host = new FakeHost(readySnapshot());
    const env = show(host, { settings: { relayUrl: RELAY } });
    const button = await enabled(RELAY_BUTTON);
    const before = host.callsOf('snapshot').length;
    host.doc.fields.hoTen = { id: 'hoTen', text: '', showingPlaceholder: true };
    await click(button);
    await waitFor(() => expect(screen.getByRole('button', { name: RELAY_BUTTON })).toBeDisabled());
    expect(host.callsOf('snapshot').length).toBeGreaterThan(before);
    expect(env.submitToRelay).not.toHaveBeenCalled();
    expect(host.callsOf('fileBytes')).toEqual([]);
    expect(host.callsOf('recordSend')).toEqual([]);
  });

  it('asks before sending the same report again in the same quarter, showing when and to whom; cancel sends nothing', async () => {
    const snapshot = readySnapshot();
    snapshot.sendHistory = [
      { at: '2026-11-05T02:15:00Z', path: 'manual', to: 'tquong.ql@tphcm.gov.vn', period: '2026-Q4' },
    ];
    const host = new FakeHost(snapshot);
    const env = show(host, { settings: { relayUrl: RELAY } });
    await click(await enabled(RELAY_BUTTON));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Báo cáo này đã được gửi trong quý 4/2026:')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        '05/11/2026 09:15 (giờ Việt Nam), Tự gửi bằng chương trình thư, đến tquong.ql@tphcm.gov.vn',
      ),
    ).toBeInTheDocument();
    // The safe answer comes first and is the primary button.
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Không gửi', 'Vẫn gửi lại']);
    await click(within(dialog).getByRole('button', { name: 'Không gửi' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    // Nothing is left hidden from assistive technology (Fluent Dialog unmounted while open leaked aria-hidden).
    await waitFor(() => expect(document.querySelectorAll('body > div[aria-hidden="true"]')).toHaveLength(0));
    expect(screen.getByRole('button', { name: RELAY_BUTTON })).toBeInTheDocument();
    expect(env.submitToRelay).not.toHaveBeenCalled();
    expect(host.callsOf('recordSend')).toEqual([]);
  });

  it('sends again after the explicit confirmation, with a new check first', async () => {
    const snapshot = readySnapshot();
    snapshot.sendHistory = [
      { at: '2026-11-05T02:15:00Z', path: 'relay', to: 'tonghop@pgd.edu.vn', receipt: 'OLD12345', period: '2026-Q4' },
    ];
    const host = new FakeHost(snapshot);
    const env = show(host, { settings: { relayUrl: RELAY } });
    await click(await enabled(RELAY_BUTTON));
    const dialog = await screen.findByRole('alertdialog');
    const before = host.callsOf('snapshot').length;
    await click(within(dialog).getByRole('button', { name: 'Vẫn gửi lại' }));
    await waitFor(() => expect(env.submitToRelay).toHaveBeenCalledTimes(1));
    expect(host.callsOf('snapshot').length).toBeGreaterThan(before);
    await waitFor(() => expect(host.callsOf('recordSend')).toHaveLength(1));
  });

  it('does not ask when the earlier send belongs to another quarter', async () => {
    const snapshot = readySnapshot();
    snapshot.sendHistory = [{ at: '2026-08-05T02:15:00Z', path: 'manual', to: 'a@b.vn', period: '2026-Q3' }];
    const host = new FakeHost(snapshot);
    const env = show(host, { settings: { relayUrl: RELAY } });
    await click(await enabled(RELAY_BUTTON));
    await waitFor(() => expect(env.submitToRelay).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it("sends the school's key from Settings with the upload", async () => {
    const key = 'bctt_' + 'k'.repeat(43);
    const env = show(new FakeHost(readySnapshot()), { settings: { relayUrl: RELAY, schoolKey: key } });
    await click(await enabled(RELAY_BUTTON));
    await waitFor(() => expect(env.submitToRelay).toHaveBeenCalledTimes(1));
    expect(env.submitToRelay.mock.calls[0][1]).toMatchObject({ schoolKey: key });
  });
});

describe('SendView: the video link', () => {
  it('refuses a link that is not http(s), says why (aria-invalid, role=alert) and blocks sending', async () => {
    const env = show(new FakeHost(readySnapshot()), { settings: { relayUrl: RELAY } });
    await enabled(RELAY_BUTTON);
    const box = screen.getByRole('textbox', { name: /Liên kết video/ });
    fireEvent.change(box, { target: { value: 'javascript:alert(1)' } });
    fireEvent.blur(box);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Liên kết chưa hợp lệ');
    const button = screen.getByRole('button', { name: RELAY_BUTTON });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Hãy sửa hoặc xoá liên kết video chưa hợp lệ trước khi gửi.');
    expect(env.submitToRelay).not.toHaveBeenCalled();
  });

  it('puts a valid link (with Vietnamese in its path) into the body and sends it to the relay', async () => {
    const env = show(new FakeHost(readySnapshot()), { settings: { relayUrl: RELAY } });
    await enabled(RELAY_BUTTON);
    const link = 'https://truong.edu.vn/phim/thi-đua';
    const box = screen.getByRole('textbox', { name: /Liên kết video/ });
    fireEvent.change(box, { target: { value: `  ${link} ` } });
    fireEvent.blur(box);
    expect(box).not.toHaveAttribute('aria-invalid', 'true');
    expect((screen.getByRole('textbox', { name: 'Nội dung thư' }) as HTMLTextAreaElement).value).toContain(
      `- Phim tư liệu (video): ${link}`,
    );
    await click(await enabled(RELAY_BUTTON));
    await waitFor(() => expect(env.submitToRelay).toHaveBeenCalledTimes(1));
    expect(env.submitToRelay.mock.calls[0][1].fields).toEqual({
      unitName: 'Trường Tiểu học Trần Hưng Đạo',
      senderName: 'Lê Thị Hoa',
      senderRole: 'Hiệu trưởng',
      videoLink: link,
    });
  });

  it('an empty link is fine and is left out', async () => {
    const env = show(new FakeHost(readySnapshot()), { settings: { relayUrl: RELAY } });
    const box =
      screen.queryByRole('textbox', { name: /Liên kết video/ }) ??
      (await screen.findByRole('textbox', { name: /Liên kết video/ }));
    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.blur(box);
    expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await click(await enabled(RELAY_BUTTON));
    await waitFor(() => expect(env.submitToRelay).toHaveBeenCalledTimes(1));
    expect(env.submitToRelay.mock.calls[0][1].fields.videoLink).toBeUndefined();
  });
});

describe('SendView: which paths are offered', () => {
  it('offers only the manual path without a relay or Microsoft 365', async () => {
    show(new FakeHost(readySnapshot()));
    await enabled(MANUAL);
    expect(screen.getAllByRole('radio').map((r) => r.closest('.fui-Radio')?.textContent)).toEqual([
      'Tự gửi bằng chương trình thư',
    ]);
  });

  it('offers the relay when its address is set, and chooses it first', async () => {
    show(new FakeHost(readySnapshot()), { settings: { relayUrl: RELAY } });
    await enabled(RELAY_BUTTON);
    expect(screen.getByRole('radio', { name: 'Máy chủ chuyển tiếp' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Tự gửi bằng chương trình thư' })).not.toBeChecked();
  });

  it('offers Microsoft 365 first when Nested App Authentication works and a client id is set', async () => {
    show(new FakeHost(readySnapshot()), {
      env: testEnv({ naa: true }),
      settings: { relayUrl: RELAY, graphClientId: CLIENT_ID },
    });
    await enabled(GRAPH_BUTTON);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByRole('radio', { name: 'Microsoft 365' })).toBeChecked();
  });

  it('hides Microsoft 365 outside Word (no NestedAppAuth) even with a client id, and without a client id', async () => {
    show(new FakeHost(readySnapshot()), { env: testEnv({ naa: false }), settings: { graphClientId: CLIENT_ID } });
    await enabled(MANUAL);
    expect(screen.queryByRole('radio', { name: 'Microsoft 365' })).toBeNull();
  });

  it('switching path changes the action', async () => {
    show(new FakeHost(readySnapshot()), { settings: { relayUrl: RELAY } });
    await enabled(RELAY_BUTTON);
    await click(screen.getByRole('radio', { name: 'Tự gửi bằng chương trình thư' }));
    expect(await screen.findByRole('button', { name: MANUAL })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: RELAY_BUTTON })).toBeNull();
  });
});

describe('SendView: relay', () => {
  it('uploads the document, records the receipt in the document and shows it as waiting; the status can be checked', async () => {
    const host = new FakeHost(readySnapshot());
    const env = show(host, { settings: { relayUrl: RELAY } });
    await click(await enabled(RELAY_BUTTON));
    await waitFor(() => expect(host.callsOf('recordSend')).toHaveLength(1));
    const [url, submission, options] = env.submitToRelay.mock.calls[0];
    expect(url).toBe(RELAY);
    expect(submission.file).toEqual(BYTES);
    expect(submission.fileName).toBe(FILE_NAME);
    expect(submission.idempotencyKey).toMatch(/^[0-9a-f]{32}$/);
    expect(options).toMatchObject({ lang: 'vi' });
    const record = host.callsOf('recordSend')[0][0] as Record<string, unknown>;
    expect(record).toEqual({
      at: expect.any(String),
      path: 'relay',
      to: 'tonghop@pgd.edu.vn',
      receipt: 'R2026Q4abcdef',
      period: '2026-Q4',
    });
    expect(Number.isNaN(new Date(record.at as string).getTime())).toBe(false);

    expect(
      await screen.findByText(
        'Máy chủ chuyển tiếp đã nhận báo cáo. Mã xác nhận: R2026Q4abcdef. Người nhận: tonghop@pgd.edu.vn. Trạng thái: đang chờ gửi.',
      ),
    ).toBeInTheDocument();
    // The history shows the new send (after the refresh).
    const row = await historyItem(/R2026Q4abcdef/);
    expect(within(row).getByText('Máy chủ chuyển tiếp')).toBeInTheDocument();
    expect(row).toHaveTextContent('(đang chờ gửi)');

    await click(within(row).getByRole('button', { name: 'Kiểm tra trạng thái của mã R2026Q4abcdef' }));
    await waitFor(() =>
      expect(env.relayStatus).toHaveBeenCalledWith(RELAY, 'R2026Q4abcdef', expect.objectContaining({ lang: 'vi' })),
    );
    await waitFor(async () => expect(await historyItem(/R2026Q4abcdef/)).toHaveTextContent('(đã gửi)'));
    expect(screen.getByText(/Trạng thái: đã gửi\./)).toBeInTheDocument();
  });

  it('shows the relay’s refusal with its findings and suggests another path; nothing is recorded', async () => {
    const host = new FakeHost(readySnapshot());
    const env = testEnv();
    env.submitToRelay.mockRejectedValueOnce(
      new RelayRefusal(422, 'relay.notReady', { count: 1 }, 'Báo cáo chưa thể gửi: còn 1 lỗi cần sửa.', [
        {
          rule: 'photo.present',
          severity: 'error',
          message: { key: 'findings.photo.missing' },
          text: 'Chưa có ảnh 4x6 của cá nhân.',
        },
      ]),
    );
    show(host, { env, settings: { relayUrl: RELAY } });
    await click(await enabled(RELAY_BUTTON));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Báo cáo chưa thể gửi: còn 1 lỗi cần sửa.');
    expect(screen.getByText('Máy chủ chuyển tiếp đã tìm thấy các lỗi sau')).toBeInTheDocument();
    expect(screen.getByText('Chưa có ảnh 4x6 của cá nhân.')).toBeInTheDocument();
    expect(screen.getByText('Bạn có thể thử cách gửi khác:')).toBeInTheDocument();
    await click(screen.getByRole('button', { name: 'Tự gửi bằng chương trình thư' }));
    expect(await screen.findByRole('button', { name: MANUAL })).toBeInTheDocument();
    expect(host.callsOf('recordSend')).toEqual([]);
  });

  it('explains a network failure in Vietnamese, and a retry of the same document reuses the idempotency key', async () => {
    const host = new FakeHost(readySnapshot());
    const env = testEnv();
    env.submitToRelay.mockRejectedValueOnce(
      new AppError('relay.client.network', { attempts: 4 }, new TypeError('Failed to fetch')),
    );
    show(host, { env, settings: { relayUrl: RELAY } });
    await click(await enabled(RELAY_BUTTON));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Không kết nối được máy chủ chuyển tiếp sau 4 lần thử. Kiểm tra mạng rồi gửi lại.',
    );
    expect(host.callsOf('recordSend')).toEqual([]);
    await click(await enabled(RELAY_BUTTON));
    await waitFor(() => expect(host.callsOf('recordSend')).toHaveLength(1));
    expect(env.submitToRelay).toHaveBeenCalledTimes(2);
    expect(env.submitToRelay.mock.calls[1][1].idempotencyKey).toBe(env.submitToRelay.mock.calls[0][1].idempotencyKey);
  });

  it('a double click uploads once; the button is disabled while sending', async () => {
    const host = new FakeHost(readySnapshot());
    const env = testEnv();
    let answer: (r: RelayReceipt) => void = () => undefined;
    env.submitToRelay.mockImplementationOnce(() => new Promise<RelayReceipt>((resolve) => (answer = resolve)));
    show(host, { env, settings: { relayUrl: RELAY } });
    const button = await enabled(RELAY_BUTTON);
    await click(button);
    await click(button);
    await waitFor(() => expect(env.submitToRelay).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('button', { name: RELAY_BUTTON })).toBeDisabled();
    expect(screen.getByText('Đang tải báo cáo lên máy chủ chuyển tiếp…')).toBeInTheDocument();
    await act(async () => answer(receipt()));
    await waitFor(() => expect(host.callsOf('recordSend')).toHaveLength(1));
    expect(env.submitToRelay).toHaveBeenCalledTimes(1);
  });

  it('when the send worked but the record failed, says so and records on request instead of sending again', async () => {
    const host = new FakeHost(readySnapshot());
    host.failNext.recordSend = new AppError('ui.error.unexpected', { message: 'ghi thất bại' });
    const env = show(host, { settings: { relayUrl: RELAY } });
    await click(await enabled(RELAY_BUTTON));
    expect(await screen.findByText(/Thư đã được gửi nhưng chưa ghi được vào tài liệu/)).toBeInTheDocument();
    await click(screen.getByRole('button', { name: 'Ghi lại lần gửi' }));
    await waitFor(() => expect(host.doc.sendHistory).toHaveLength(1));
    expect(env.submitToRelay).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByText(/chưa ghi được vào tài liệu/)).toBeNull());
  });
});

describe('SendView: Microsoft 365', () => {
  it('sends through Graph with the mail from core/mail and records it', async () => {
    const host = new FakeHost(readySnapshot());
    const env = show(host, { env: testEnv({ naa: true }), settings: { graphClientId: CLIENT_ID } });
    await click(await enabled(GRAPH_BUTTON));
    await waitFor(() => expect(host.callsOf('recordSend')).toHaveLength(1));
    expect(env.createTokenProvider).toHaveBeenCalledWith({ clientId: CLIENT_ID, isSetSupported: expect.any(Function) });
    const options = env.sendViaGraph.mock.calls[0][0];
    expect(options).toMatchObject({ to: 'tquong.ql@tphcm.gov.vn', fileName: FILE_NAME, bytes: BYTES });
    expect(options.subject).toBe(
      '[BCTT Quý 4/2026] Trường Tiểu học Trần Hưng Đạo - Gương điển hình tiên tiến (cá nhân): NGUYỄN VĂN AN',
    );
    expect(options.body).toContain('Kính gửi: Phòng Giáo dục và Đào tạo.');
    expect(await options.tokenProvider.getToken()).toBe('token');
    expect(host.callsOf('recordSend')[0][0]).toEqual({
      at: expect.any(String),
      path: 'graph',
      to: 'tquong.ql@tphcm.gov.vn',
      period: '2026-Q4',
    });
    expect(
      await screen.findByText(/Thư đã được gửi đến tquong\.ql@tphcm\.gov\.vn từ hộp thư Microsoft 365/),
    ).toBeInTheDocument();
    expect(await historyItem('Microsoft 365')).toBeInTheDocument();
  });

  it('shows a Graph failure in the chosen language with other paths to try, and records nothing', async () => {
    const host = new FakeHost(readySnapshot());
    const env = testEnv({ naa: true });
    env.sendViaGraph.mockRejectedValueOnce(new AppError('graph.cancelled'));
    show(host, { env, settings: { graphClientId: CLIENT_ID, relayUrl: RELAY }, lang: 'en' });
    await click(await enabled('Send with Microsoft 365'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sending through Microsoft 365 was cancelled. The message was not sent.',
    );
    expect(screen.getByText('You can try another way to send:')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Relay server' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Own mail program' })).toBeInTheDocument();
    expect(host.callsOf('recordSend')).toEqual([]);
  });
});

describe('SendView: manual path', () => {
  it('in a browser: checks again, downloads the file and opens the prepared email; the send can then be recorded', async () => {
    const host = new FakeHost(readySnapshot());
    const env = show(host);
    await click(await enabled(MANUAL));
    await waitFor(() => expect(env.navigated).toHaveLength(1));
    expect(env.downloads).toEqual([[BYTES, FILE_NAME]]);
    expect(env.navigated[0]).toMatch(/^mailto:tquong\.ql@tphcm\.gov\.vn\?subject=%5BBCTT%20Qu%C3%BD%204%2F2026%5D/);
    expect(screen.getByRole('link', { name: 'Mở thư' })).toHaveAttribute('href', env.navigated[0]);
    expect(host.callsOf('recordSend')).toEqual([]);

    await click(screen.getByRole('button', { name: 'Tôi đã gửi thư này' }));
    await waitFor(() => expect(host.callsOf('recordSend')).toHaveLength(1));
    expect(host.callsOf('recordSend')[0][0]).toMatchObject({
      path: 'manual',
      to: 'tquong.ql@tphcm.gov.vn',
      period: '2026-Q4',
    });
    expect(await historyItem('Tự gửi bằng chương trình thư')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tôi đã gửi thư này' })).toBeDisabled();
  });

  it('in Word: explains Save a Copy in Vietnamese, downloads nothing and opens the draft through Office', async () => {
    const host = new FakeHost(readySnapshot());
    const env = show(host, { env: testEnv({ browserWindow: true }), mode: 'word' });
    const button = await enabled('Soạn thư');
    expect(screen.getByText(/Tệp › Lưu bản sao \(File › Save a Copy\)/)).toBeInTheDocument();
    expect(screen.getByText(`Đặt tên tệp là “${FILE_NAME}” và lưu vào máy.`)).toBeInTheDocument();
    await click(button);
    await waitFor(() => expect(env.browserWindows).toHaveLength(1));
    expect(env.browserWindows[0]).toMatch(/^mailto:/);
    expect(env.navigated).toEqual([]);
    expect(env.downloads).toEqual([]);
    expect(host.callsOf('fileBytes')).toEqual([]);
    expect(screen.getByText(new RegExp(`Hãy đính kèm bản sao “${FILE_NAME}”`))).toBeInTheDocument();
  });

  it('in Word without openBrowserWindow, falls back to following the mailto: link', async () => {
    const env = show(new FakeHost(readySnapshot()), { env: testEnv({ browserWindow: false }), mode: 'word' });
    await click(await enabled('Soạn thư'));
    await waitFor(() => expect(env.navigated).toHaveLength(1));
    expect(env.navigated[0]).toMatch(/^mailto:tquong\.ql@tphcm\.gov\.vn\?/);
  });

  it('needs a recipient; the relay path does not', async () => {
    show(new FakeHost(readySnapshot()), { settings: { recipient: '', relayUrl: RELAY } });
    await enabled(RELAY_BUTTON);
    await click(screen.getByRole('radio', { name: 'Tự gửi bằng chương trình thư' }));
    const manual = await screen.findByRole('button', { name: MANUAL });
    expect(manual).toBeDisabled();
    expect(manual).toHaveAccessibleDescription('Chưa có địa chỉ người nhận. Hãy nhập ở Cài đặt.');
  });

  it('copies recipient, subject and body', async () => {
    const env = show(new FakeHost(readySnapshot()));
    await click(await screen.findByRole('button', { name: 'Sao chép Người nhận' }));
    await click(screen.getByRole('button', { name: 'Sao chép Tiêu đề thư' }));
    expect(env.copies[0]).toBe('tquong.ql@tphcm.gov.vn');
    expect(env.copies[1]).toContain('NGUYỄN VĂN AN');
    expect(screen.getByText('Đã sao chép: Tiêu đề thư.')).toBeInTheDocument();
  });
});

describe('SendView: what is shown', () => {
  it('shows recipient, subject, file name and body from the settings and the document', async () => {
    show(new FakeHost(readySnapshot()));
    await ready();
    expect(await screen.findByText('Sẵn sàng gửi')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Người nhận' })).toHaveValue('tquong.ql@tphcm.gov.vn');
    expect(screen.getByRole('textbox', { name: 'Tiêu đề thư' })).toHaveValue(
      '[BCTT Quý 4/2026] Trường Tiểu học Trần Hưng Đạo - Gương điển hình tiên tiến (cá nhân): NGUYỄN VĂN AN',
    );
    expect(screen.getByRole('textbox', { name: 'Tên tệp đính kèm' })).toHaveValue(FILE_NAME);
    expect((screen.getByRole('textbox', { name: 'Nội dung thư' }) as HTMLTextAreaElement).value).toContain(
      'Kính gửi: Phòng Giáo dục và Đào tạo.',
    );
    expect(screen.getByText('Kỳ báo cáo: quý 4/2026')).toBeInTheDocument();
  });

  it('lists the send history in Vietnam time, newest first', async () => {
    const snapshot = readySnapshot();
    snapshot.sendHistory = [
      { at: '2026-10-01T01:30:00Z', path: 'graph', to: 'a@b.vn', period: '2026-Q3' },
      { at: '2026-10-02T17:05:00Z', path: 'relay', to: 'c@d.vn', receipt: 'RCPT1234', period: '2026-Q3' },
    ];
    show(new FakeHost(snapshot));
    await ready();
    const list = await screen.findByTestId('send-history');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '03/10/2026 00:05Máy chủ chuyển tiếpNgười nhậnc@d.vnMã xác nhậnRCPT1234',
      '01/10/2026 08:30Microsoft 365Người nhậna@b.vnMã xác nhận—',
    ]);
    // The time is machine-readable and never split.
    expect(within(items[0]).getByText('03/10/2026 00:05').tagName).toBe('TIME');
    expect(within(items[0]).getByText('03/10/2026 00:05')).toHaveAttribute('datetime', '2026-10-02T17:05:00Z');
  });
});

describe('sendPlan', () => {
  const settings = { unitName: 'Trường THCS Lê Lợi', senderName: '', senderRole: '', recipientOffice: '' };
  const period = { year: 2026, quarter: 4 as const };

  it('is ready only without error findings', () => {
    const snapshot = readySnapshot();
    expect(sendPlan({ snapshot, findings: [], period }, 'individual', settings).ready).toBe(true);
    const error = { rule: 'field.required' as const, severity: 'error' as const, message: { key: 'x' } };
    const warning = { ...error, severity: 'warning' as const };
    expect(sendPlan({ snapshot, findings: [warning], period }, 'individual', settings)).toMatchObject({
      ready: true,
      blocking: [],
    });
    expect(sendPlan({ snapshot, findings: [warning, error], period }, 'individual', settings)).toMatchObject({
      ready: false,
      blocking: [error],
    });
  });

  it('includes a valid video link in the body and leaves an invalid one out', () => {
    const snapshot = readySnapshot();
    const withLink = sendPlan({ snapshot, findings: [], period }, 'individual', settings, {
      videoLink: ' https://youtu.be/abc ',
    });
    expect(withLink.mail?.body).toContain('- Phim tư liệu (video): https://youtu.be/abc\n');
    const bad = sendPlan({ snapshot, findings: [], period }, 'individual', settings, { videoLink: 'ftp://x.vn/a' });
    expect(bad.mail?.body).not.toContain('Phim tư liệu');
  });

  it('reports an impossible period as a localised problem instead of throwing', () => {
    const plan = sendPlan(
      { snapshot: readySnapshot(), findings: [], period: { year: 99, quarter: 4 } },
      'individual',
      settings,
    );
    expect(plan).toMatchObject({ ready: false, mail: null });
    expect(plan.problem?.messageKey).toBe('mail.invalidPeriod');
  });

  it('takes the subject name from the field of the document’s kind, not from its placeholder', () => {
    expect(subjectName(templateSnapshot('collective', { tenTapThe: 'Trường <A> & B' }), 'collective')).toBe(
      'Trường <A> & B',
    );
    expect(subjectName(templateSnapshot('individual'), 'individual')).toBe('');
  });

  it('formats send times in Vietnam time and leaves unreadable times as written', () => {
    expect(formatSendTime('2026-12-31T17:00:00Z')).toBe('01/01/2027 00:00');
    expect(formatSendTime('hôm qua')).toBe('hôm qua');
  });
});
