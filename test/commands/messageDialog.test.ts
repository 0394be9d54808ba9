import { messageDialogUrl } from '../../src/commands/messageDialog';

describe('ribbon command error dialog', () => {
  it('points at the static message page next to the add-in and carries the text in the query (Office adds _host_Info there)', () => {
    const url = new URL(
      messageDialogUrl('https://addin.example.edu.vn/app/commands.html?x=1#y', { title: 'Lỗi', text: 'Không tải được mẫu <b>&</b>', lang: 'vi' }),
    );
    expect(url.origin + url.pathname).toBe('https://addin.example.edu.vn/app/assets/message.html');
    expect(url.hash).toBe('');
    url.searchParams.append('_host_Info', 'Word$Win32$16.01$vi-VN$$$$0');
    const params = url.searchParams;
    expect(params.get('x')).toBeNull();
    expect(params.get('text')).toBe('Không tải được mẫu <b>&</b>');
    expect(params.get('title')).toBe('Lỗi');
    expect(params.get('lang')).toBe('vi');
  });
});
