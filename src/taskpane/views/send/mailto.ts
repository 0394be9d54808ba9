/**
 * The manual sending path: a `mailto:` link (RFC 6068) with recipient, subject and body, and clipboard copies.
 */

/** Percent-encode for a mailto URI: everything but unreserved characters (and "@" in the address). */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/**
 * `mailto:to?subject=…&body=…`. Line breaks in the body become CRLF (%0D%0A) as RFC 6068 asks; the text is
 * put in NFC first so every mail client sees the same letters.
 */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const address = encode(to.trim()).replace(/%40/g, '@');
  const crlf = body.normalize('NFC').replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${address}?subject=${encode(subject.normalize('NFC'))}&body=${encode(crlf)}`;
}

export interface ClipboardEnv {
  clipboard?: { writeText(text: string): Promise<void> } | null;
  document?: Document | null;
}

/**
 * Copy text: the asynchronous Clipboard API when allowed, else a hidden textarea and `execCommand('copy')`
 * (older Office webviews). Resolves true when one of them worked.
 */
export async function copyText(text: string, env: ClipboardEnv = defaultEnv()): Promise<boolean> {
  if (env.clipboard) {
    try {
      await env.clipboard.writeText(text);
      return true;
    } catch {
      // Not allowed here (permissions, insecure context): try the fallback.
    }
  }
  const doc = env.document;
  if (!doc?.body) return false;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.left = '-9999px';
  doc.body.appendChild(area);
  try {
    area.select();
    return typeof doc.execCommand === 'function' ? doc.execCommand('copy') : false;
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

function defaultEnv(): ClipboardEnv {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  return { clipboard: nav?.clipboard ?? null, document: typeof document !== 'undefined' ? document : null };
}

