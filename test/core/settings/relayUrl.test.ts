import { isValidRelayUrl } from '../../../src/core/settings';

describe('isValidRelayUrl', () => {
  it.each([
    'https://relay.truong.edu.vn',
    'https://relay.truong.edu.vn/api/submit',
    'https://relay.example.com:8443/',
    'http://localhost:3000',
    'http://127.0.0.1:8080/submit',
    'http://[::1]:3000/',
    'http://LOCALHOST:3000',
  ])('accepts %s', (url) => {
    expect(isValidRelayUrl(url)).toBe(true);
  });

  it.each([
    ['plain http to another host', 'http://relay.truong.edu.vn'],
    ['http to a LAN address', 'http://192.168.1.10:3000'],
    ['a host that merely starts with localhost', 'http://localhost.evil.example'],
    ['credentials in the address', 'https://user:pass@relay.example.com'],
    ['another scheme', 'ftp://relay.example.com'],
    ['javascript:', 'javascript:alert(1)'],
    ['not a URL', 'relay.example.com'],
    ['a space inside', 'https://relay.example.com/a b'],
    ['empty', ''],
  ])('rejects %s', (_why, url) => {
    expect(isValidRelayUrl(url)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isValidRelayUrl(undefined)).toBe(false);
    expect(isValidRelayUrl(new URL('https://relay.example.com'))).toBe(false);
  });
});
