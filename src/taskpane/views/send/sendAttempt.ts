/**
 * One Idempotency-Key per document and send attempt: a double click, or a retry after the answer was lost, sends
 * the same key with the same bytes, so the relay stores the report once and answers with the same receipt.
 * The key changes when the document's bytes change (the relay would refuse the same key with other bytes) and
 * after a send succeeded (a confirmed second send is a new submission).
 */
import { newIdempotencyKey } from '../../../mail/relay';

/** A cheap fingerprint of the bytes (FNV-1a, 32 bits, with the length): equal bytes, equal fingerprint. */
export function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${bytes.length.toString(16)}-${hash.toString(16).padStart(8, '0')}`;
}

export class SendAttempts {
  private current: { print: string; key: string } | null = null;

  constructor(private readonly makeKey: () => string = newIdempotencyKey) {}

  /** The key for sending these bytes: the same as the last unfinished attempt's when the bytes are the same. */
  keyFor(bytes: Uint8Array): string {
    const print = fingerprint(bytes);
    if (this.current?.print !== print) this.current = { print, key: this.makeKey() };
    return this.current.key;
  }

  /** The attempt succeeded: the next send starts a new one. */
  finished(): void {
    this.current = null;
  }
}
