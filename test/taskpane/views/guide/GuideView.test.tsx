/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import GuideView, { skeletonHeadings } from '../../../../src/taskpane/views/guide/GuideView';
import { FakeHost, templateSnapshot } from '../../../support/fakeHost';
import { ready, renderView } from '../../support/renderView';

const INSERT = 'Chèn các đề mục vào phần tóm tắt';

describe('GuideView', () => {
  it('shows what the letter expects in the summary, beside the word gauge', async () => {
    renderView(<GuideView />, new FakeHost(templateSnapshot('individual', { tomTat: 'một hai ba' })));
    await ready();
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual([
      'Thành tích xuất sắc, tiêu biểu trong các phong trào thi đua',
      'Hiệu quả được thừa nhận, suy tôn',
      'Sự lan tỏa tại cơ quan, đơn vị, địa phương',
    ]);
    // The figures' Fluent parts load with the first result (ui/ProgressPanel.tsx): wait for them.
    expect((await screen.findAllByRole('progressbar')).length).toBeGreaterThan(0);
    expect(screen.getByText(/3\s*\/\s*1\.000/)).toBeInTheDocument();
  });

  it('inserts the headings at once into an empty summary', async () => {
    const host = new FakeHost(templateSnapshot('collective'));
    renderView(<GuideView />, host);
    await ready();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: INSERT }));
    });
    await waitFor(() => expect(host.callsOf('insertSummarySkeleton')).toHaveLength(1));
    expect(host.callsOf('insertSummarySkeleton')[0][0]).toEqual([
      '1. Thành tích xuất sắc, tiêu biểu trong các phong trào thi đua',
      '2. Hiệu quả được thừa nhận, suy tôn',
      '3. Sự lan tỏa tại cơ quan, đơn vị, địa phương',
    ]);
    expect(await screen.findByText('Đã chèn các đề mục. Hãy viết nội dung dưới mỗi đề mục.')).toBeInTheDocument();
  });

  it('asks first when the summary already has text, and does nothing on cancel', async () => {
    const host = new FakeHost(templateSnapshot('individual', { tomTat: 'Đã viết một đoạn.' }));
    renderView(<GuideView />, host);
    await ready();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: INSERT }));
    });
    expect(screen.getByText('Phần tóm tắt đang có 4 chữ. Vẫn chèn thêm các đề mục?')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(host.callsOf('insertSummarySkeleton')).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: INSERT }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Vẫn chèn' }));
    });
    await waitFor(() => expect(host.callsOf('insertSummarySkeleton')).toHaveLength(1));
  });

  it('treats a summary of spaces only as empty', async () => {
    const host = new FakeHost(templateSnapshot('individual', { tomTat: ' \u00a0\n ' }));
    renderView(<GuideView />, host);
    await ready();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: INSERT }));
    });
    await waitFor(() => expect(host.callsOf('insertSummarySkeleton')).toHaveLength(1));
  });

  it('inserts Vietnamese headings even when the pane speaks English', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<GuideView />, host, { lang: 'en' });
    await ready();
    expect(screen.getByText('Results recognised and honoured')).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Insert the headings into the summary' }));
    });
    await waitFor(() => expect(host.callsOf('insertSummarySkeleton')).toEqual([[skeletonHeadings()]]));
    expect(skeletonHeadings()[1]).toBe('2. Hiệu quả được thừa nhận, suy tôn');
  });
});
