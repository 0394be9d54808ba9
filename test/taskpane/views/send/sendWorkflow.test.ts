/**
 * The send workflow without rendering: a SendWorkflow over a FakeHost, a scripted send environment and the real
 * rule engine (runCheck), driven action by action as the view would.
 */
import { runCheck, type CheckResult } from '../../../../src/taskpane/state/checks';
import type { SendEnv } from '../../../../src/taskpane/state/sendEnv';
import { SendAttempts } from '../../../../src/taskpane/views/send/sendAttempt';
import { SendWorkflow, sendView, type SendDeps } from '../../../../src/taskpane/views/send/sendWorkflow';
import { AppError } from '../../../../src/core/errors';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/core/settings';
import type { DocumentSnapshot } from '../../../../src/core/snapshot';
import { RelayRefusal, type RelayReceipt } from '../../../../src/mail/relay';
import { FakeHost, templateSnapshot } from '../../../support/fakeHost';

const NOW = new Date('2026-11-10T03:00:00Z');
const RELAY = 'https://relay.truong.edu.vn';

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
    fileName: 'x.docx',
    subject: 'x',
    period: '2026-Q4',
    replayed: false,
    ...overrides,
  };
}

function scriptedEnv() {
  const log = { navigated: [] as string[], downloads: [] as string[], copies: [] as string[] };
  const env = {
    isSetSupported: () => false,
    openBrowserWindow: () => false,
    navigate: (url: string) => void log.navigated.push(url),
    download: (_bytes: Uint8Array, name: string) => void log.downloads.push(name),
    copy: jest.fn(async (text: string) => {
      log.copies.push(text);
      return true;
    }),
    submitToRelay: jest.fn(async () => receipt()),
    relayStatus: jest.fn(async () => receipt({ status: 'sent' })),
    sendViaGraph: jest.fn(async () => ({ route: 'sendMail', recipient: 'x', sentAt: '' })),
    createTokenProvider: jest.fn(() => ({ getToken: async () => 'token' })),
  };
  return { env: env as unknown as SendEnv & typeof env, log };
}

function setUp(options: { snapshot?: DocumentSnapshot; settings?: Partial<Settings>; mode?: 'word' | 'file' } = {}) {
  const host = new FakeHost(options.snapshot ?? readySnapshot());
  const { env, log } = scriptedEnv();
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    unitName: 'Trường Tiểu học Trần Hưng Đạo',
    senderName: 'Lê Thị Hoa',
    senderRole: 'Hiệu trưởng',
    relayUrl: RELAY,
    ...options.settings,
  };
  let last: CheckResult | null = null;
  const refresh = jest.fn(async () => (last = await runCheck(await host.snapshot(), settings, NOW)));
  const deps: SendDeps = { host, env, mode: options.mode ?? 'file', kind: 'individual', settings, lang: 'vi', refresh, now: () => NOW };
  let keys = 0;
  const workflow = new SendWorkflow(deps, new SendAttempts(() => `key-${++keys}`));
  const view = async () => sendView(workflow.state, { result: last ?? (await refresh()), kind: 'individual', settings, env, checking: false });
  return { host, env, log, workflow, refresh, settings, view };
}

describe('SendWorkflow: the relay path', () => {
  it('checks afresh, uploads with the unit and sender, records the send and checks again', async () => {
    const { host, env, workflow, refresh } = setUp();
    const seen: Array<string | null> = [];
    workflow.subscribe(() => seen.push(workflow.state.sending));
    await workflow.send('relay');
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(env.submitToRelay).toHaveBeenCalledTimes(1);
    const [url, submission, options] = env.submitToRelay.mock.calls[0] as unknown as [string, { fields: object; fileName: string; idempotencyKey: string }, object];
    expect(url).toBe(RELAY);
    expect(submission.fields).toEqual({ unitName: 'Trường Tiểu học Trần Hưng Đạo', senderName: 'Lê Thị Hoa', senderRole: 'Hiệu trưởng' });
    expect(submission.fileName).toBe('BCTT_2026-Q4_CaNhan_NGUYEN-VAN-AN_Truong-TH-Tran-Hung-Dao.docx');
    expect(submission.idempotencyKey).toBe('key-1');
    expect(options).toEqual({ lang: 'vi' });
    expect(host.callsOf('recordSend')).toEqual([
      [{ at: NOW.toISOString(), path: 'relay', to: 'tonghop@pgd.edu.vn', receipt: 'R2026Q4abcdef', period: '2026-Q4' }],
    ]);
    expect(workflow.state.outcome).toMatchObject({ kind: 'sent', path: 'relay' });
    expect(workflow.state.statuses).toEqual({ R2026Q4abcdef: 'pending' });
    // Listeners saw the send start and end.
    expect(seen[0]).toBe('relay');
    expect(workflow.state.sending).toBeNull();
  });

  it('a refusal becomes a failed outcome with the relay’s findings; a retry with the same bytes reuses the key', async () => {
    const { env, workflow, host } = setUp();
    const finding = { rule: 'summary.words', severity: 'error', message: { key: 'x' }, text: 'Tóm tắt quá ngắn' };
    env.submitToRelay.mockRejectedValueOnce(new RelayRefusal(422, 'relay.notReady', { count: 1 }, 'Báo cáo chưa thể gửi', [finding] as never));
    await workflow.send('relay');
    expect(workflow.state.outcome).toMatchObject({ kind: 'failed', path: 'relay', findings: [finding] });
    expect(host.callsOf('recordSend')).toEqual([]);
    await workflow.send('relay');
    const keys = env.submitToRelay.mock.calls.map((c) => (c as unknown as [string, { idempotencyKey: string }])[1].idempotencyKey);
    expect(keys).toEqual(['key-1', 'key-1']);
    expect(workflow.state.outcome).toMatchObject({ kind: 'sent' });
  });

  it('a double press sends once', async () => {
    const { env, workflow } = setUp();
    await Promise.all([workflow.send('relay'), workflow.send('relay')]);
    expect(env.submitToRelay).toHaveBeenCalledTimes(1);
  });

  it('sends nothing when the fresh check finds an error', async () => {
    const { env, workflow, host } = setUp();
    host.doc.fields.hoTen = { id: 'hoTen', text: '', showingPlaceholder: true };
    await workflow.send('relay');
    expect(env.submitToRelay).not.toHaveBeenCalled();
    expect(host.callsOf('fileBytes')).toEqual([]);
  });

  it('when the record fails after the send, recordAgain writes the record and never sends again', async () => {
    const { env, workflow, host } = setUp();
    host.failNext.recordSend = new AppError('host.noTemplate');
    await workflow.send('relay');
    expect(workflow.state.outcome).toMatchObject({ kind: 'sent', recordError: { messageKey: 'host.noTemplate' } });
    await workflow.recordAgain();
    expect(env.submitToRelay).toHaveBeenCalledTimes(1);
    expect(host.callsOf('recordSend')).toHaveLength(2);
    expect(workflow.state.outcome).toMatchObject({ kind: 'sent', recordError: undefined });
  });

  it('checks a receipt’s status and keeps the answer; a failure is kept as an error to show', async () => {
    const { env, workflow } = setUp();
    await workflow.checkStatus('R1');
    expect(workflow.state.statuses).toEqual({ R1: 'sent' });
    env.relayStatus.mockRejectedValueOnce(new AppError('relay.client.network'));
    await workflow.checkStatus('R2');
    expect(workflow.state.statusError?.messageKey).toBe('relay.client.network');
    expect(workflow.state.statusChecking).toBeNull();
    workflow.dismissStatusError();
    expect(workflow.state.statusError).toBeNull();
  });
});

describe('SendWorkflow: send again?', () => {
  function sentBefore() {
    const snapshot = readySnapshot();
    snapshot.sendHistory = [{ at: '2026-11-05T02:15:00Z', path: 'manual', to: 'a@b.vn', period: '2026-Q4' }];
    return snapshot;
  }

  it('asks, and cancelling sends nothing', async () => {
    const { env, workflow } = setUp({ snapshot: sentBefore() });
    await workflow.send('relay');
    expect(workflow.state.confirm).toEqual({ path: 'relay', previous: [expect.objectContaining({ period: '2026-Q4' })] });
    workflow.cancelConfirm();
    expect(workflow.state.confirm).toBeNull();
    expect(env.submitToRelay).not.toHaveBeenCalled();
  });

  it('confirming sends after another fresh check', async () => {
    const { env, workflow, refresh } = setUp({ snapshot: sentBefore() });
    await workflow.send('relay');
    const checks = refresh.mock.calls.length;
    await workflow.confirmAgain();
    expect(refresh.mock.calls.length).toBeGreaterThan(checks);
    expect(env.submitToRelay).toHaveBeenCalledTimes(1);
  });

  it('does not ask for a send of another quarter', async () => {
    const snapshot = readySnapshot();
    snapshot.sendHistory = [{ at: '2026-08-05T02:15:00Z', path: 'manual', to: 'a@b.vn', period: '2026-Q3' }];
    const { env, workflow } = setUp({ snapshot });
    await workflow.send('relay');
    expect(workflow.state.confirm).toBeNull();
    expect(env.submitToRelay).toHaveBeenCalledTimes(1);
  });
});

describe('SendWorkflow: the manual path', () => {
  it('in a browser downloads the file under the mail’s name, opens the mailto and records on "I have sent it"', async () => {
    const { log, workflow, host } = setUp();
    await workflow.send('manual');
    expect(log.downloads).toEqual(['BCTT_2026-Q4_CaNhan_NGUYEN-VAN-AN_Truong-TH-Tran-Hung-Dao.docx']);
    expect(log.navigated[0]).toMatch(/^mailto:tquong\.ql@tphcm\.gov\.vn\?/);
    expect(workflow.state.prepared?.period).toBe('2026-Q4');
    expect(host.callsOf('recordSend')).toEqual([]);
    await workflow.markSent();
    expect(workflow.state.recordState).toBe('done');
    expect(host.callsOf('recordSend')).toEqual([[{ at: NOW.toISOString(), path: 'manual', to: 'tquong.ql@tphcm.gov.vn', period: '2026-Q4' }]]);
  });

  it('in Word downloads nothing (the person saves a copy)', async () => {
    const { log, workflow } = setUp({ mode: 'word' });
    await workflow.send('manual');
    expect(log.downloads).toEqual([]);
    expect(log.navigated).toHaveLength(1);
  });
});

describe('SendWorkflow: the sender comes first', () => {
  it.each([
    ['unitName', { unitName: '' }],
    ['senderName', { senderName: '   ' }],
    ['senderRole', { senderRole: '' }],
  ])('blocks the send while %s is empty', async (field, settings) => {
    const { env, workflow, view } = setUp({ settings });
    const shown = await view();
    expect(shown.missingSender).toEqual([field]);
    expect(shown.blockedBy).toBe('forms.send.senderMissing');
    expect(shown.canSend).toBe(false);
    await workflow.send('relay');
    expect(env.submitToRelay).not.toHaveBeenCalled();
  });

  it('with unit, name and position the view may send', async () => {
    const { view } = setUp();
    const shown = await view();
    expect(shown).toMatchObject({ missingSender: [], blockedBy: null, canSend: true, path: 'relay', paths: ['relay', 'manual'] });
  });
});

describe('SendWorkflow: small things', () => {
  it('keeps the video link and reports a copy', async () => {
    const { workflow, env } = setUp();
    workflow.setVideoLink('javascript:alert(1)');
    expect((await setUpView(workflow)).video).toBe('invalid');
    await workflow.copy('Tiêu đề thư', 'abc');
    expect(env.copy).toHaveBeenCalledWith('abc');
    expect(workflow.state.copied).toEqual({ what: 'Tiêu đề thư', ok: true });
  });

  it('choosing a path clears the last outcome', async () => {
    const { workflow, env } = setUp();
    env.submitToRelay.mockRejectedValueOnce(new AppError('relay.client.network'));
    await workflow.send('relay');
    expect(workflow.state.outcome?.kind).toBe('failed');
    workflow.choosePath('manual');
    expect(workflow.state).toMatchObject({ wanted: 'manual', outcome: null });
  });
});

async function setUpView(workflow: SendWorkflow) {
  const settings = { ...DEFAULT_SETTINGS, unitName: 'A', senderName: 'B', senderRole: 'C' };
  const result = await runCheck(readySnapshot(), settings, NOW);
  return sendView(workflow.state, { result, kind: 'individual', settings, env: { isSetSupported: () => false }, checking: false });
}
