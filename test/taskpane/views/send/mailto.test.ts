/** @jest-environment jsdom */
import { copyText, mailtoUrl } from '../../../../src/taskpane/views/send/mailto';

describe('mailtoUrl', () => {
  it('encodes subject and body (RFC 6068), keeps the address readable, and uses CRLF line breaks', () => {
    const url = mailtoUrl(' tquong.ql@tphcm.gov.vn ', '[BCTT Quý 4/2026] A & B', 'Kính gửi: Phòng GD.\n\nTrân trọng./.');
    expect(url).toBe(
      'mailto:tquong.ql@tphcm.gov.vn?subject=%5BBCTT%20Qu%C3%BD%204%2F2026%5D%20A%20%26%20B&body=K%C3%ADnh%20g%E1%BB%ADi%3A%20Ph%C3%B2ng%20GD.%0D%0A%0D%0ATr%C3%A2n%20tr%E1%BB%8Dng.%2F.',
    );
  });

  it('round-trips any text, including characters that would break the URL or add headers', () => {
    const subject = 'a?b&c=d#e%f+g\'h(i)*!';
    const body = 'x\r\nBcc: spy@example.com\ry\nz';
    const url = new URL(mailtoUrl('a@b.vn', subject, body));
    expect(url.searchParams.get('subject')).toBe(subject);
    expect(url.searchParams.get('body')).toBe('x\r\nBcc: spy@example.com\r\ny\r\nz');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.href).not.toMatch(/[()'!*]/);
  });

  it('sends NFC text even when given decomposed letters', () => {
    const url = new URL(mailtoUrl('a@b.vn', 'Quý'.normalize('NFD'), 'Trường'.normalize('NFD')));
    expect(url.searchParams.get('subject')).toBe('Quý');
    expect(url.searchParams.get('body')).toBe('Trường');
  });
});

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const written: string[] = [];
    const ok = await copyText('xin chào', { clipboard: { writeText: async (t) => void written.push(t) }, document });
    expect(ok).toBe(true);
    expect(written).toEqual(['xin chào']);
  });

  it('falls back to a hidden textarea and execCommand when the Clipboard API is refused', async () => {
    let selected = '';
    (document as unknown as { execCommand: (c: string) => boolean }).execCommand = (command: string) => {
      selected = (document.activeElement as HTMLTextAreaElement | null)?.value ?? document.querySelector('textarea')?.value ?? '';
      return command === 'copy';
    };
    const ok = await copyText('dòng 1\ndòng 2', {
      clipboard: {
        writeText: async () => {
          throw new Error('NotAllowedError');
        },
      },
      document,
    });
    expect(ok).toBe(true);
    expect(selected).toBe('dòng 1\ndòng 2');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('reports failure when nothing can copy', async () => {
    expect(await copyText('x', { clipboard: null, document: null })).toBe(false);
  });
});
