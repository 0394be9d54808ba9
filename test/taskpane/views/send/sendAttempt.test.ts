import { SendAttempts, fingerprint } from '../../../../src/taskpane/views/send/sendAttempt';

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('fingerprint', () => {
  it('is equal for equal bytes and differs when a byte or the length changes', () => {
    expect(fingerprint(new Uint8Array([1, 2, 3]))).toBe(fingerprint(new Uint8Array([1, 2, 3])));
    expect(fingerprint(new Uint8Array([1, 2, 3]))).not.toBe(fingerprint(new Uint8Array([1, 2, 4])));
    expect(fingerprint(new Uint8Array([0]))).not.toBe(fingerprint(new Uint8Array([0, 0])));
    expect(fingerprint(new Uint8Array())).toBe('0-811c9dc5');
  });

  it('handles a large document', () => {
    const big = new Uint8Array(5 * 1024 * 1024).fill(7);
    const other = big.slice();
    other[other.length - 1] = 8;
    expect(fingerprint(big)).not.toBe(fingerprint(other));
  });
});

describe('SendAttempts', () => {
  it('keeps the key while the same bytes are sent again (double click, retry)', () => {
    const attempts = new SendAttempts(keys());
    const bytes = new Uint8Array([1, 2, 3]);
    expect(attempts.keyFor(bytes)).toBe('key-1');
    expect(attempts.keyFor(new Uint8Array([1, 2, 3]))).toBe('key-1');
  });

  it('takes a new key when the document changed', () => {
    const attempts = new SendAttempts(keys());
    expect(attempts.keyFor(new Uint8Array([1]))).toBe('key-1');
    expect(attempts.keyFor(new Uint8Array([2]))).toBe('key-2');
  });

  it('takes a new key after a finished send', () => {
    const attempts = new SendAttempts(keys());
    const bytes = new Uint8Array([1]);
    attempts.keyFor(bytes);
    attempts.finished();
    expect(attempts.keyFor(bytes)).toBe('key-2');
  });

  it('by default makes random keys the relay accepts', () => {
    const a = new SendAttempts().keyFor(new Uint8Array([1]));
    const b = new SendAttempts().keyFor(new Uint8Array([1]));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });
});
