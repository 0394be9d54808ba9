import { messageDialogUrl } from '../../src/commands/messageDialog';

describe('ribbon command error dialog', () => {
  it('points at the static message page next to the add-in and carries the text in the fragment only', () => {
    const url = new URL(
      messageDialogUrl('https://addin.example.edu.vn/app/commands.html?x=1', { title: 'Lỗi', text: 'Không tải được mẫu <b>&</b>', lang: 'vi' }),
    );
    expect(url.origin + url.pathname).toBe('https://addin.example.edu.vn/app/assets/message.html');
    expect(url.search).toBe('');
    const params = new URLSearchParams(url.hash.slice(1));
    expect(params.get('text')).toBe('Không tải được mẫu <b>&</b>');
    expect(params.get('title')).toBe('Lỗi');
    expect(params.get('lang')).toBe('vi');
  });
});
