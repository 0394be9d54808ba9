/**
 * A sensible check of one email address, as typed in a setting. Not the whole of RFC 5322: no
 * quoted local parts, comments or IP-literal domains, and no internationalised (IDN) domains —
 * official Vietnamese addresses are ASCII (…@tphcm.gov.vn).
 */

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/**
 * True for "name@domain.tld": exactly one "@", 1–64 characters before it from the usual set (dots
 * only between characters), a domain of dot-separated labels with at least one dot and an
 * alphabetic top-level label, no spaces or control characters, at most 254 characters in all.
 */
export function isValidEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 254) return false;
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  if (domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return false;
  return TOP_LEVEL.test(labels[labels.length - 1]);
}
