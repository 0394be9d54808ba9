import { isValidVideoLink } from '../../../src/core/mail';

describe('isValidVideoLink', () => {
  it('accepts http and https addresses with a host', () => {
    expect(isValidVideoLink('https://www.youtube.com/watch?v=abc123')).toBe(true);
    expect(isValidVideoLink('http://truong-thtranhungdao.edu.vn/video/1')).toBe(true);
    expect(isValidVideoLink('HTTPS://YOUTU.BE/abc')).toBe(true);
    expect(isValidVideoLink('  https://drive.google.com/file/d/x/view  ')).toBe(true);
    expect(isValidVideoLink('https://vi.wikipedia.org/wiki/Vi%E1%BB%87t_Nam')).toBe(true);
  });

  it('rejects other schemes', () => {
    expect(isValidVideoLink('javascript:alert(1)')).toBe(false);
    expect(isValidVideoLink('JaVaScRiPt://x.com/%0aalert(1)')).toBe(false);
    expect(isValidVideoLink('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isValidVideoLink('ftp://example.com/video.mp4')).toBe(false);
    expect(isValidVideoLink('file:///C:/video.mp4')).toBe(false);
    expect(isValidVideoLink('mailto:a@b.vn')).toBe(false);
  });

  it('rejects addresses without a host, with spaces or with credentials', () => {
    expect(isValidVideoLink('https://')).toBe(false);
    expect(isValidVideoLink('https:example.com')).toBe(false);
    expect(isValidVideoLink('https:///path')).toBe(false);
    expect(isValidVideoLink('https://youtu.be/a b')).toBe(false);
    expect(isValidVideoLink('https://youtu.be/a\nb')).toBe(false);
    expect(isValidVideoLink('https://user:pass@example.com/')).toBe(false);
    expect(isValidVideoLink('youtube.com/watch?v=1')).toBe(false);
    expect(isValidVideoLink('')).toBe(false);
    expect(isValidVideoLink('https://example.com/' + 'a'.repeat(3000))).toBe(false);
  });
});
