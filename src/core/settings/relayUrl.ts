/**
 * The relay server address: https everywhere, plain http only for a relay on this machine
 * (localhost, 127.0.0.1, [::1]) during development. No user name or password in the address.
 * Uses the WHATWG `URL` class, present in browsers and in Node alike.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isValidRelayUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.hostname === '') return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
}
