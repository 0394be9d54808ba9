/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { check } from '../../../../src/core/rules';
import { t } from '../../../../src/core/i18n';
import { completeIndividual, emptyTemplate, NOW, withFields } from '../../../support/snapshots';
import { emptySnapshot } from '../../../../src/core/snapshot';
import { fakeHost } from '../../support/fakeHost';
import { renderApp } from '../../support/renderApp';

async function group(severity: 'error' | 'warning' | 'info') {
  return screen.findByTestId(`findings-${severity}`);
}

describe('the checklist', () => {
  it('groups the findings by severity, each with its localised text, in the order of the rules', async () => {
    const snapshot = emptyTemplate('individual');
    const findings = check(snapshot, { now: NOW });
    renderApp({ host: fakeHost(snapshot) });
    const errors = await group('error');
    const expected = findings.filter((f) => f.severity === 'error');
    expect(within(errors).getByRole('heading', { level: 3 })).toHaveTextContent(`Lỗi cần sửa (${expected.length})`);
    const items = within(errors).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-rule'))).toEqual(expected.map((f) => f.rule));
    expect(items[0]).toHaveTextContent(t(expected[0].message.key, expected[0].message.params));
    // The deadline is always there, as information.
    const info = await group('info');
    expect(within(info).getAllByRole('listitem').some((li) => li.getAttribute('data-rule') === 'submission.deadline')).toBe(true);
  });

  it('"Đi tới" selects the place of the finding in the document, and is described by the finding', async () => {
    const host = fakeHost(withFields(completeIndividual(), { sinhNam: '3000' }));
    renderApp({ host });
    const errors = await group('error');
    const item = within(errors).getByRole('listitem');
    const goTo = within(item).getByRole('button', { name: 'Đi tới' });
    expect(goTo).toHaveAccessibleDescription(/Năm sinh 3000 chưa đến/);
    fireEvent.click(goTo);
    await waitFor(() => expect(host.goTo).toHaveBeenCalledWith({ fieldId: 'sinhNam' }));
  });

  it('offers the rule\'s fix when the host supports it, and re-checks after it', async () => {
    const host = fakeHost(withFields(completeIndividual(), { hoTen: 'nguyễn thị mai' }));
    renderApp({ host });
    const errors = await group('error');
    const fix = within(errors).getByRole('button', { name: 'Viết in hoa' });
    const before = host.snapshot.mock.calls.length;
    fireEvent.click(fix);
    await waitFor(() => expect(host.applyFix).toHaveBeenCalledWith({ kind: 'uppercaseName', fieldId: 'hoTen' }));
    await waitFor(() => expect(screen.getByRole('status', { name: 'Trạng thái báo cáo' })).toHaveTextContent('Sẵn sàng gửi'));
    expect(host.snapshot.mock.calls.length).toBeGreaterThan(before);
    expect(screen.queryByTestId('findings-error')).toBeNull();
  });

  it('hides a fix the host cannot carry out', async () => {
    renderApp({ host: fakeHost(withFields(completeIndividual(), { hoTen: 'nguyễn thị mai' }), { fixes: [] }) });
    const errors = await group('error');
    expect(within(errors).queryByRole('button', { name: 'Viết in hoa' })).toBeNull();
    expect(within(errors).getByRole('button', { name: 'Đi tới' })).toBeInTheDocument();
  });

  it('shows a failed fix as a localised error', async () => {
    const host = fakeHost(withFields(completeIndividual(), { hoTen: 'nguyễn thị mai' }));
    host.applyFix.mockRejectedValue(new Error('boom'));
    renderApp({ host });
    fireEvent.click((await screen.findByRole('button', { name: 'Viết in hoa' })));
    expect(await screen.findByText(/Lỗi không mong muốn: Error: boom/)).toBeInTheDocument();
  });

  it('says so when every error is fixed', async () => {
    renderApp({ host: fakeHost(completeIndividual()) });
    expect(await screen.findByText('Không còn lỗi nào. Báo cáo đã sẵn sàng gửi.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Sẵn sàng gửi' })).toBeInTheDocument();
  });

  it('tells what to do with a Word document that does not use the template', async () => {
    renderApp({ host: fakeHost(emptySnapshot()) });
    expect(await screen.findByText(/Tài liệu này chưa dùng mẫu báo cáo thành tích/)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Trạng thái báo cáo' })).toHaveTextContent('Tài liệu chưa dùng mẫu báo cáo');
    fireEvent.click(screen.getByRole('button', { name: 'Đến trang Bắt đầu' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bắt đầu' })).toBeInTheDocument();
  });

  it('in file mode without a document, says to open or create one', async () => {
    renderApp({ mode: 'file', host: null, initialView: 'checklist' });
    expect(await screen.findByText(/Chưa có báo cáo nào đang mở/)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Trạng thái báo cáo' })).toHaveTextContent('Chưa mở báo cáo nào');
  });

  it('in file mode, "Đi tới" opens the form that holds the field', async () => {
    const host = fakeHost(withFields(completeIndividual(), { sinhNam: '3000' }), { kind: 'file', insertModes: [] });
    renderApp({ mode: 'file', host, initialView: 'checklist' });
    const errors = await group('error');
    fireEvent.click(within(errors).getByRole('button', { name: 'Đi tới' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Thông tin' })).toBeInTheDocument();
    expect(host.goTo).toHaveBeenCalledWith({ fieldId: 'sinhNam' });
  });

  it('shows a failed check as a localised error', async () => {
    const host = fakeHost(completeIndividual());
    host.snapshot.mockRejectedValue(new Error('Word is busy'));
    renderApp({ host });
    expect(await screen.findByText(/Lỗi không mong muốn: Error: Word is busy/)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Trạng thái báo cáo' })).toHaveTextContent('Chưa kiểm tra được tài liệu');
  });
});

describe('the report\'s quarter in the progress panel', () => {
  it('follows the quarter recorded in the report, says how late it is, and lets the person change it', async () => {
    const host = fakeHost({ ...completeIndividual(), period: '2026-Q3' });
    const setReportPeriod = jest.fn(async (label: string) => host.setSnapshot({ ...host.current, period: label }, false));
    host.setReportPeriod = setReportPeriod;
    renderApp({ host });
    const panel = await screen.findByTestId('progress-panel');
    // 25 November 2026: the Q3 report was due on 02/10/2026 — 54 days late, not moved to Q4.
    await waitFor(() => expect(within(panel).getByText('Hạn gửi báo cáo quý 3/2026: 02/10/2026')).toBeInTheDocument());
    expect(within(panel).getByText('Đã quá hạn 54 ngày: gửi ngay')).toBeInTheDocument();
    const select = within(panel).getByTestId('progress-quarter');
    expect(select).toHaveValue('2026-Q3');
    fireEvent.change(select, { target: { value: '2026-Q4' } });
    await waitFor(() => expect(setReportPeriod).toHaveBeenCalledWith('2026-Q4'));
    await waitFor(() => expect(within(panel).getByText('Hạn gửi báo cáo quý 4/2026: 02/01/2027')).toBeInTheDocument());
    expect(within(panel).getByText('Còn 38 ngày')).toBeInTheDocument();
  });

  it('hides the choice when the host cannot store a quarter', async () => {
    renderApp({ host: fakeHost(completeIndividual()) });
    const panel = await screen.findByTestId('progress-panel');
    await waitFor(() => expect(within(panel).getByText(/Hạn gửi báo cáo quý 4\/2026/)).toBeInTheDocument());
    expect(within(panel).queryByTestId('progress-quarter')).toBeNull();
  });
});

describe('the progress panel', () => {
  it('shows the words against 1.000, the pages against 2 and the deadline with its quarter', async () => {
    renderApp({ host: fakeHost(completeIndividual()) });
    const panel = await screen.findByTestId('progress-panel');
    await waitFor(() => expect(within(panel).getByText('Tóm tắt: 1.100/1.000 chữ')).toBeInTheDocument());
    const bars = within(panel).getAllByRole('progressbar');
    expect(bars).toHaveLength(2);
    expect(bars[0]).toHaveAttribute('aria-valuenow', '1');
    // Word's own layout (WordApiDesktop 1.2) gives the pages, and the pane says so; the summary's extent is the model's.
    expect(within(panel).getByText('3 trang theo Word (tối thiểu 2)')).toBeInTheDocument();
    expect(within(panel).getByTestId('progress-summary-pages')).toHaveTextContent(/Phần tóm tắt dài khoảng 2(,\d)? trang/);
    // 25 November 2026: Q4 2026, last day 02/01/2027 (strict reading), 38 days left.
    expect(within(panel).getByText('Hạn gửi báo cáo quý 4/2026: 02/01/2027')).toBeInTheDocument();
    expect(within(panel).getByText('Còn 38 ngày')).toBeInTheDocument();
  });

  it('marks an estimated page count "ước tính" and says how many words are missing', async () => {
    const snapshot = withFields(emptyTemplate('individual'), { tomTat: 'Một hai ba bốn năm.' });
    snapshot.pages = null;
    renderApp({ host: fakeHost(snapshot) });
    const panel = await screen.findByTestId('progress-panel');
    await waitFor(() => expect(within(panel).getByText(/ước tính \(tối thiểu 2\)$/)).toBeInTheDocument());
    expect(within(panel).getByText('Còn thiếu 995 chữ.')).toBeInTheDocument();
  });
});
