/**
 * The optional video link of a submission (letter 1307/GDĐT asks for a short film of the unit's activities).
 */

/**
 * True for an absolute http(s) address with a host: "https://youtu.be/abc", "http://truong.edu.vn/video?id=1".
 * Surrounding spaces are ignored; rejected: any space or control character inside, other schemes
 * (javascript:, data:, file:, ftp:, mailto: …), addresses without "//host", user names or passwords in the address,
 * and addresses longer than 2,048 characters. Uses the standard URL class (browsers and Node alike).
 */
export function isValidVideoLink(url: string): boolean {
  if (typeof url !== 'string') return false;
  const text = url.trim();
  if (text.length === 0 || text.length > 2048) return false;
  if (/[\s\u0000-\u001f\u007f-\u009f\u00a0\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/u.test(text)) return false;
  if (!/^https?:\/\/[^/]/i.test(text)) return false;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (!parsed.hostname) return false;
  if (parsed.username || parsed.password) return false;
  return true;
}
