/** @jest-environment jsdom */
/**
 * The Send view asks for the school (unit), the sender's name and position before the first send, prefilled from the
 * report, and remembers them in the settings store.
 */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import SendView from '../../../../src/taskpane/views/send/SendView';
import { SendEnvProvider, type SendEnv } from '../../../../src/taskpane/state/sendEnv';
import { ChecksProvider } from '../../../../src/taskpane/state/checks';
import { HostProvider } from '../../../../src/taskpane/state/host';
import { I18nProvider } from '../../../../src/taskpane/state/i18n';
import { NavigationProvider } from '../../../../src/taskpane/state/navigation';
import { SettingsProvider, useSettings } from '../../../../src/taskpane/state/settings';
import { SETTINGS_KEY, loadSettings } from '../../../../src/storage/settingsStore';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/core/settings';
import type { DocumentSnapshot } from '../../../../src/core/snapshot';
import type { TemplateKind } from '../../../../src/core/template';
import { FakeHost, templateSnapshot } from '../../../support/fakeHost';
import { NOW, memoryStorage } from '../../support/renderView';

function readySnapshot(kind: TemplateKind = 'individual'): DocumentSnapshot {
  const s =
    kind === 'individual'
      ? templateSnapshot('individual', {
          hoTen: 'NGUYỄN VĂN AN',
          sinhNam: '1984',
          chucVuDonVi: 'Giáo viên, Trường Tiểu học Trần Hưng Đạo',
          tomTat: 'Thành tích nổi bật. '.repeat(300),
        })
      : templateSnapshot('collective', {
          tenTapThe: 'Trường THCS Nguyễn Du, Phường Sài Gòn, Thành phố Hồ Chí Minh',
          tomTat: 'Thành tích nổi bật. '.repeat(300),
        });
  if (kind === 'individual') s.fields.anh = { id: 'anh', text: '', showingPlaceholder: false, picture: { widthEmu: 1440000, heightEmu: 2160000 } };
  s.table!.rows = [['1', 'A', 'B', 'C', 'D', 'E']];
  s.bodyText = s.fields.tomTat.text;
  return s;
}

const env = {
  isSetSupported: () => false,
  openBrowserWindow: () => false,
  navigate: () => undefined,
  download: () => undefined,
  copy: async () => true,
  submitToRelay: jest.fn(),
  relayStatus: jest.fn(),
  sendViaGraph: jest.fn(),
  createTokenProvider: jest.fn(),
} as unknown as SendEnv;

/** The checks follow the settings as the app does (ChecksForHost). */
function Checks({ host, children }: { host: FakeHost; children: React.ReactNode }) {
  const { settings } = useSettings();
  return (
    <ChecksProvider host={host} settings={settings} now={() => NOW} delayMs={5}>
      {children}
    </ChecksProvider>
  );
}

function show(snapshot: DocumentSnapshot, settings: Partial<Settings> = {}) {
  const storage = memoryStorage();
  const host = new FakeHost(snapshot);
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang="vi">
        <SettingsProvider initial={{ ...DEFAULT_SETTINGS, ...settings }} storage={storage}>
          <HostProvider mode="file" initialHost={host}>
            <Checks host={host}>
              <NavigationProvider initial="send">
                <SendEnvProvider env={env}>
                  <SendView />
                </SendEnvProvider>
              </NavigationProvider>
            </Checks>
          </HostProvider>
        </SettingsProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { storage };
}

const MANUAL = 'Tải tệp và soạn thư';

describe('Send view: the school and the sender', () => {
  it('asks before the first send, with the unit prefilled from the individual’s position-and-unit field', async () => {
    show(readySnapshot('individual'));
    const form = await screen.findByRole('form', { name: 'Trường (đơn vị) và người gửi' });
    expect(within(form).getByRole('textbox', { name: /Tên đơn vị/ })).toHaveValue('Trường Tiểu học Trần Hưng Đạo');
    expect(within(form).getByText(/Tên đơn vị được điền sẵn từ báo cáo/)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Họ tên người gửi/ })).toHaveValue('');
    const button = await screen.findByRole('button', { name: MANUAL });
    await waitFor(() => expect(button).toHaveAccessibleDescription('Hãy ghi tên trường (đơn vị), họ tên và chức vụ người gửi ở trên trước khi gửi.'));
    expect(button).toBeDisabled();
  });

  it('prefills a collective’s unit with its name', async () => {
    show(readySnapshot('collective'));
    const form = await screen.findByRole('form', { name: 'Trường (đơn vị) và người gửi' });
    expect(within(form).getByRole('textbox', { name: /Tên đơn vị/ })).toHaveValue('Trường THCS Nguyễn Du, Phường Sài Gòn, Thành phố Hồ Chí Minh');
  });

  it('refuses to save with an empty field (aria-invalid, role=alert), then saves, remembers and enables sending', async () => {
    const { storage } = show(readySnapshot('individual'));
    const form = await screen.findByRole('form', { name: 'Trường (đơn vị) và người gửi' });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lưu thông tin người gửi' })));
    const name = within(form).getByRole('textbox', { name: /Họ tên người gửi/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getAllByRole('alert').map((a) => a.textContent)).toEqual(['Cần ghi ô này.', 'Cần ghi ô này.']);
    expect(storage.map.get(SETTINGS_KEY)).toBeUndefined();

    fireEvent.change(name, { target: { value: 'Lê Thị Hoa'.normalize('NFD') } });
    fireEvent.change(within(form).getByRole('textbox', { name: /Chức vụ người gửi/ }), { target: { value: '  Hiệu trưởng ' } });
    await act(async () => fireEvent.click(within(form).getByRole('button', { name: 'Lưu thông tin người gửi' })));

    const stored = loadSettings(storage, 'vi').settings;
    expect(stored).toMatchObject({ unitName: 'Trường Tiểu học Trần Hưng Đạo', senderName: 'Lê Thị Hoa', senderRole: 'Hiệu trưởng' });
    expect(await screen.findByText('Người gửi: Lê Thị Hoa (Hiệu trưởng), Trường Tiểu học Trần Hưng Đạo')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Trường (đơn vị) và người gửi' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: MANUAL })).toBeEnabled());
    // The mail is signed with what was given.
    expect((screen.getByRole('textbox', { name: 'Nội dung thư' }) as HTMLTextAreaElement).value.split('\n').slice(-3)).toEqual([
      'Lê Thị Hoa',
      'Hiệu trưởng',
      'Trường Tiểu học Trần Hưng Đạo',
    ]);
  });

  it('does not ask again once given; the details can still be edited', async () => {
    show(readySnapshot('individual'), { unitName: 'Trường TH An Lạc', senderName: 'Trần Văn Bình', senderRole: 'Văn thư' });
    expect(await screen.findByText('Người gửi: Trần Văn Bình (Văn thư), Trường TH An Lạc')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Trường (đơn vị) và người gửi' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sửa thông tin người gửi' })));
    const form = screen.getByRole('form', { name: 'Trường (đơn vị) và người gửi' });
    // The saved unit wins over the report's.
    expect(within(form).getByRole('textbox', { name: /Tên đơn vị/ })).toHaveValue('Trường TH An Lạc');
  });

  it('shows the receiving office beside its address, from the settings', async () => {
    show(readySnapshot('individual'), { recipientOffice: 'Phòng Văn hóa - Xã hội phường Sài Gòn' });
    expect(await screen.findByRole('textbox', { name: 'Cơ quan nhận báo cáo' })).toHaveValue('Phòng Văn hóa - Xã hội phường Sài Gòn');
    expect((screen.getByRole('textbox', { name: 'Nội dung thư' }) as HTMLTextAreaElement).value).toMatch(/^Kính gửi: Phòng Văn hóa - Xã hội phường Sài Gòn\./);
  });
});
