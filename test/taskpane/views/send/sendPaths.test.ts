import {
  availablePaths,
  choosePath,
  relayFields,
  sendsInPeriod,
  videoLinkState,
} from '../../../../src/taskpane/views/send/sendPaths';
import type { SendRecord } from '../../../../src/core/snapshot';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const naa = { isSetSupported: (name: string, version?: string) => name === 'NestedAppAuth' && version === '1.1' };
const noNaa = { isSetSupported: () => false };

describe('availablePaths', () => {
  it('always offers the manual path, last', () => {
    expect(availablePaths({}, noNaa)).toEqual(['manual']);
    expect(availablePaths({ relayUrl: 'https://relay.vn', graphClientId: CLIENT_ID }, naa)).toEqual([
      'graph',
      'relay',
      'manual',
    ]);
  });

  it('offers Microsoft 365 only with Nested App Authentication and a GUID client id', () => {
    expect(availablePaths({ graphClientId: CLIENT_ID }, noNaa)).toEqual(['manual']);
    expect(availablePaths({ graphClientId: 'not-a-guid' }, naa)).toEqual(['manual']);
    expect(availablePaths({}, naa)).toEqual(['manual']);
    expect(availablePaths({ graphClientId: CLIENT_ID }, naa)).toEqual(['graph', 'manual']);
  });

  it('treats a throwing requirement check as unsupported', () => {
    const throwing = {
      isSetSupported: () => {
        throw new Error('Office not ready');
      },
    };
    expect(availablePaths({ graphClientId: CLIENT_ID }, throwing)).toEqual(['manual']);
  });

  it('offers the relay only for a usable address (https, or http on this machine)', () => {
    expect(availablePaths({ relayUrl: 'https://relay.truong.edu.vn' }, noNaa)).toEqual(['relay', 'manual']);
    expect(availablePaths({ relayUrl: 'http://127.0.0.1:8787' }, noNaa)).toEqual(['relay', 'manual']);
    expect(availablePaths({ relayUrl: 'http://relay.truong.edu.vn' }, noNaa)).toEqual(['manual']);
    expect(availablePaths({ relayUrl: '' }, noNaa)).toEqual(['manual']);
  });
});

describe('choosePath', () => {
  it('keeps an available choice, else takes the first available', () => {
    expect(choosePath('manual', ['relay', 'manual'])).toBe('manual');
    expect(choosePath('graph', ['relay', 'manual'])).toBe('relay');
    expect(choosePath(null, ['graph', 'relay', 'manual'])).toBe('graph');
    expect(choosePath(null, [])).toBe('manual');
  });
});

describe('sendsInPeriod', () => {
  const history: SendRecord[] = [
    { at: '2026-08-01T00:00:00Z', path: 'manual', to: 'a@b.vn', period: '2026-Q3' },
    { at: '2026-11-01T00:00:00Z', path: 'relay', to: 'c@d.vn', receipt: 'R1234567', period: '2026-Q4' },
    { at: '2026-11-02T00:00:00Z', path: 'graph', to: 'c@d.vn', period: '2026-Q4' },
    { at: '2026-11-03T00:00:00Z', path: 'graph', to: 'c@d.vn' },
  ];

  it('keeps the sends of the given period, oldest first', () => {
    expect(sendsInPeriod(history, '2026-Q4').map((r) => r.at)).toEqual([
      '2026-11-01T00:00:00Z',
      '2026-11-02T00:00:00Z',
    ]);
    expect(sendsInPeriod(history, '2027-Q1')).toEqual([]);
    expect(sendsInPeriod([], '2026-Q4')).toEqual([]);
  });
});

describe('videoLinkState', () => {
  it('accepts empty and http(s) links, refuses the rest', () => {
    expect(videoLinkState('')).toBe('empty');
    expect(videoLinkState('   ')).toBe('empty');
    expect(videoLinkState('https://youtu.be/abc')).toBe('valid');
    expect(videoLinkState(' http://truong.edu.vn/phim/thi-đua ')).toBe('valid');
    expect(videoLinkState('youtu.be/abc')).toBe('invalid');
    expect(videoLinkState('javascript:alert(1)')).toBe('invalid');
    expect(videoLinkState('https://user:pass@x.vn/')).toBe('invalid');
    expect(videoLinkState('https://x.vn/' + 'a'.repeat(3000))).toBe('invalid');
  });
});

describe('relayFields', () => {
  it('sends the unit and sender in NFC on one line, and the video link only when valid', () => {
    const nfd = 'Trường Tiểu học'.normalize('NFD');
    expect(
      relayFields(
        { unitName: `${nfd}\nTrần Hưng Đạo`, senderName: 'Lê Thị Hoa', senderRole: '' },
        'https://youtu.be/x',
      ),
    ).toEqual({
      unitName: 'Trường Tiểu học Trần Hưng Đạo',
      senderName: 'Lê Thị Hoa',
      videoLink: 'https://youtu.be/x',
    });
    expect(relayFields({ unitName: '', senderName: '', senderRole: '' }, 'ftp://x')).toEqual({});
  });
});
