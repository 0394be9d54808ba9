/**
 * The pane's Word path as Word on the web runs it, in real Chromium: the scripted stand-in (support/wordStandIn.js)
 * with profile 'web' (WordApi 1.1-1.9, no WordApiDesktop set; placeholderText setter, ContentControl.insertParagraph
 * and pictures into picture controls NotAllowed, as office-js #785, #53, #3434 report) holds a report ready to send,
 * and the person's settings name a recipient, the sender and a Microsoft Entra application id. No Nested App
 * Authentication here: the Microsoft 365 path must still be offered, and sending by it must open our sign-in page in
 * an Office dialog window (issue 10 item 14), where MSAL's redirect flow runs against a stand-in of Microsoft's
 * authorization endpoint and the answer comes back to the pane with messageParent. The manual path must open the mail draft without openBrowserWindow (https only)
 * and record the send in the document's custom XML part. Last, "insert here" replaces the body with the template
 * after unlocking our controls (office-js #2829), with Document.insertFileFromBase64's import options (WordApi 1.5).
 */
import { goTo, reportStatus, screenshot, usePane } from './support';

const CLIENT_ID = '8f2c1e44-5b7a-4c1d-9e3f-2a6b8c0d1e2f';
const RECIPIENT = 'thiduakhenthuong@phuongsaigon.edu.vn';

const pane = usePane({
  officeJs: 'word',
  wordStandIn: {
    profile: 'web',
    document: 'ready',
    settings: {
      unitName: 'Trường Tiểu học Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh',
      senderName: 'Trần Văn Bình',
      senderRole: 'Văn thư',
      recipient: RECIPIENT,
      graphClientId: CLIENT_ID,
    },
  },
});

interface StandIn {
  profile: string;
  events: { tracked: number; untracked: number; paragraph: number };
  customXml: string[];
  browserWindows: string[];
  dialogs: Array<{ url: string; options: { displayInIframe?: boolean }; messages: string[]; closed: boolean }>;
  inserted: Array<{ where: string; zip: boolean; options: Record<string, boolean> | null }>;
  refused: Array<{ api: string; code: string }>;
  controls: Array<{ tag: string; cannotDelete?: boolean }>;
}

const standIn = () => pane.page.evaluate(() => (window as unknown as { __wordStandIn: StandIn }).__wordStandIn);

async function until<T>(read: (s: StandIn) => T, accept: (v: T) => boolean, limitMs = 40_000): Promise<T> {
  const end = Date.now() + limitMs;
  let got = read(await standIn());
  while (!accept(got) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    got = read(await standIn());
  }
  return got;
}

test('starts in Word mode on Word on the web: the report is ready, live checks listen to paragraph events (WordApi 1.6)', async () => {
  expect(pane.info.mode).toBe('word');
  await reportStatus(pane.page).filter({ hasText: 'Sẵn sàng gửi' }).waitFor({ timeout: 20_000 });
  const s = await standIn();
  expect(s.profile).toBe('web');
  expect(s.events.paragraph).toBe(3); // changed, added, deleted
  expect(s.events.untracked).toBe(0);
  await screenshot(pane.page, 'word-web-ready');
});

test('offers Microsoft 365 without Nested App Authentication (the Office dialog sign-in), and the manual path', async () => {
  await goTo(pane.page, 'Gửi báo cáo');
  await pane.page.getByRole('radio', { name: 'Microsoft 365' }).waitFor();
  await expect(pane.page.getByRole('radio', { name: 'Microsoft 365' }).isChecked()).resolves.toBe(true);
  await expect(pane.page.getByRole('radio', { name: 'Tự gửi bằng chương trình thư' }).count()).resolves.toBe(1);
  await expect(pane.page.getByRole('radio', { name: 'Máy chủ chuyển tiếp' }).count()).resolves.toBe(0);
  await screenshot(pane.page, 'word-web-send-paths');
});

test('sending by Microsoft 365 signs in through our page in an Office dialog window; a refused consent comes back as "cancelled"', async () => {
  // Microsoft's sign-in endpoint, answered here: it records the authorization request MSAL builds in the dialog and
  // sends the person's refusal back to the redirect URI, as Microsoft Entra does (error=access_denied, with the state).
  const authorize: URL[] = [];
  const other: string[] = [];
  await pane.context.route('https://login.microsoftonline.com/**', async (route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      other.push(url.href);
      return route.abort('internetdisconnected');
    }
    authorize.push(url);
    const answer = new URLSearchParams({ error: 'access_denied', error_description: 'AADSTS65004: User declined to consent.', state: url.searchParams.get('state') ?? '' });
    const mark = url.searchParams.get('response_mode') === 'query' ? '?' : '#';
    return route.fulfill({ status: 302, headers: { Location: `${url.searchParams.get('redirect_uri')}${mark}${answer}` } });
  });
  await pane.page.evaluate(() => {
    // The .docx getFileAsync hands over (any bytes: nothing reaches Microsoft Graph here).
    (window as unknown as { __wordStandInFile: string }).__wordStandInFile = btoa('PK\u0003\u0004 stand-in docx');
  });
  await pane.page.getByRole('button', { name: 'Gửi bằng Microsoft 365' }).click();

  const dialogs = await until((s) => s.dialogs, (d) => d.length > 0);
  const url = new URL(dialogs[0].url);
  expect(url.pathname).toBe('/signin.html');
  expect(url.hash).toBe('');
  expect(url.searchParams.get('clientId')).toBe(CLIENT_ID);
  expect(url.searchParams.get('scopes')).toContain('Mail.Send');
  expect(dialogs[0].options.displayInIframe).toBe(false);

  // The page signed in with MSAL's redirect flow, its own address as redirect URI (the SPA redirect URI to register).
  await pane.page.getByText('Đã huỷ việc gửi qua Microsoft 365. Thư chưa được gửi.').waitFor({ timeout: 30_000 });
  expect(authorize).toHaveLength(1);
  expect(authorize[0].searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(authorize[0].searchParams.get('redirect_uri')).toBe(`${pane.server.url}signin.html`);
  expect(authorize[0].searchParams.get('scope')).toContain('Mail.Send');
  expect(authorize[0].searchParams.get('code_challenge_method')).toBe('S256');
  expect(other).toEqual([]);
  const s = await standIn();
  expect(s.dialogs[0].messages.map((m) => JSON.parse(m) as { ok: boolean; error?: string })).toEqual([{ type: 'bctt.signin', ok: false, error: 'access_denied' }]);
  expect(s.dialogs[0].closed).toBe(true);
  expect(s.customXml.join('')).not.toContain('graph');
  await screenshot(pane.page, 'word-web-signin-cancelled');
});

test('the manual path opens the mail draft with a link (never openBrowserWindow) and records the send in the document', async () => {
  await pane.page.getByRole('radio', { name: 'Tự gửi bằng chương trình thư' }).check();
  await pane.page.getByRole('button', { name: 'Soạn thư' }).click();
  await pane.page.getByText(/Đã mở thư soạn sẵn/).waitFor();
  expect((await standIn()).browserWindows.filter((u) => !u.startsWith('https:'))).toEqual([]);
  await pane.page.getByRole('button', { name: 'Tôi đã gửi thư này' }).click();
  await pane.page.getByText('Đã ghi lần gửi vào tài liệu.').waitFor();
  const xml = await until((s) => s.customXml.join(''), (x) => x.includes('manual'));
  expect(xml).toContain('manual');
  expect(xml).toContain(RECIPIENT);
  await screenshot(pane.page, 'word-web-manual-recorded');
});

test('"insert here" over the report unlocks our controls and replaces the body with the template, with the import options', async () => {
  await goTo(pane.page, 'Bắt đầu');
  // On the web, inserting here is offered first (createDocument's new tab is unreliable there: office-js #5507, #3096).
  await pane.page.getByRole('button', { name: 'Chèn mẫu vào tài liệu này' }).click();
  await pane.page.getByRole('button', { name: 'Thay thế' }).click();
  // The draft holds words the person wrote: the removal guard lists them and asks once more before they go.
  const ask = pane.page.getByTestId('guard-remove');
  await ask.waitFor();
  await expect(ask.getByTestId('removed-text').innerText()).resolves.toMatch(/\S/);
  expect((await standIn()).inserted).toEqual([]);
  await ask.getByRole('button', { name: 'Vẫn xoá' }).click();
  const inserted = await until((s) => s.inserted, (i) => i.length > 0);
  expect(inserted).toHaveLength(1);
  expect(inserted[0]).toMatchObject({ where: 'document', zip: true });
  expect(inserted[0].options).toMatchObject({ importStyles: true, importTheme: true, importParagraphSpacing: true, importPageColor: true, importDifferentOddEvenPages: true });
  // The paragraph events (WordApi 1.6) the stand-in fires after the change make the pane check again: the empty
  // template's instructions are findings now.
  await pane.page.getByText('Chưa ghi họ tên. Ghi đầy đủ họ tên bằng chữ in hoa, không viết tắt.').waitFor({ timeout: 40_000 });
  // The pane is not left hidden from assistive technology after the confirmation dialog (getByRole skips aria-hidden).
  await expect(reportStatus(pane.page).getAttribute('data-state')).resolves.toBe('errors');
  await screenshot(pane.page, 'word-web-inserted-here');
});

test('the stand-in (strict, Word on the web) refused nothing the pane asked for, and no page error happened', async () => {
  const s = await standIn();
  expect(s.refused).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
});
