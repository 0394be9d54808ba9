/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import FieldsView from '../../../../src/taskpane/views/fields/FieldsView';
import { FakeHost, templateSnapshot } from '../../../support/fakeHost';
import { ready, renderView } from '../../support/renderView';

function fieldBox(label: RegExp): HTMLElement {
  return screen.getByRole('textbox', { name: label });
}

async function type(box: HTMLElement, value: string) {
  fireEvent.change(box, { target: { value } });
}

async function leave(box: HTMLElement) {
  await act(async () => {
    fireEvent.blur(box);
  });
}

describe('FieldsView (individual)', () => {
  it('shows the template’s labels and hints, marked required', async () => {
    renderView(<FieldsView />, new FakeHost(templateSnapshot('individual')));
    await ready();
    const name = fieldBox(/Họ tên/);
    expect(name).toBeRequired();
    expect(screen.getByText('(ghi đầy đủ bằng chữ in hoa, không viết tắt)')).toBeInTheDocument();
    expect(fieldBox(/Sinh năm/)).toBeRequired();
    expect(fieldBox(/Chức vụ, đơn vị công tác/)).toBeRequired();
    expect(screen.queryByRole('textbox', { name: /Tên tập thể/ })).toBeNull();
  });

  it('writes on leaving the box, not on each keystroke, then says it is saved', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<FieldsView />, host);
    await ready();
    const name = fieldBox(/Họ tên/);
    await type(name, 'NGUYỄN VĂN AN');
    await type(name, 'NGUYỄN VĂN ANH');
    expect(host.callsOf('setField')).toEqual([]);
    await leave(name);
    await waitFor(() => expect(host.callsOf('setField')).toEqual([['hoTen', 'NGUYỄN VĂN ANH']]));
    expect(await screen.findByText('Đã lưu vào tài liệu.')).toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the rules’ errors with aria-invalid and role="alert", and offers to capitalise the name', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<FieldsView />, host);
    await ready();
    const name = fieldBox(/Họ tên/);
    await type(name, 'Nguyễn Văn An');
    await leave(name);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Họ tên phải viết bằng chữ in hoa: NGUYỄN VĂN AN.');
    expect(name).toHaveAttribute('aria-invalid', 'true');

    const capitalise = screen.getByRole('button', { name: 'Viết hoa họ tên: NGUYỄN VĂN AN' });
    await act(async () => {
      fireEvent.click(capitalise);
    });
    // The checklist's own fix, not a copy of it: the host capitalises what the document holds.
    await waitFor(() => expect(host.callsOf('applyFix')).toEqual([[{ kind: 'uppercaseName', fieldId: 'hoTen' }]]));
    await waitFor(() => expect(name).toHaveValue('NGUYỄN VĂN AN'));
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid', 'true'));
    expect(screen.queryByRole('button', { name: /Viết hoa/ })).toBeNull();
  });

  it('validates the birth year with the same rule as the checklist', async () => {
    renderView(<FieldsView />, new FakeHost(templateSnapshot('individual')));
    await ready();
    const year = fieldBox(/Sinh năm/);
    await type(year, '12/05/1984');
    expect(await screen.findByRole('alert')).toHaveTextContent('Chỉ ghi năm sinh, không ghi ngày tháng: 1984.');
    await type(year, '1984');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('shows "required" only once the person has left an empty box', async () => {
    renderView(<FieldsView />, new FakeHost(templateSnapshot('individual')));
    await ready();
    const unit = fieldBox(/Chức vụ, đơn vị công tác/);
    expect(screen.queryByRole('alert')).toBeNull();
    await leave(unit);
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa ghi chức vụ, đơn vị công tác.');
  });

  it('passes XML special and control characters to the host unchanged', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<FieldsView />, host);
    await ready();
    const unit = fieldBox(/Chức vụ, đơn vị công tác/);
    const tricky = 'Tổ trưởng <Toán> & "Tin" \'A\' ]]> \u0001\u0007 \t';
    await type(unit, tricky);
    await leave(unit);
    await waitFor(() => expect(host.callsOf('setField')).toEqual([['chucVuDonVi', tricky]]));
  });

  it('accepts decomposed (NFD) typing: validated like NFC, written in NFC', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<FieldsView />, host);
    await ready();
    const name = fieldBox(/Họ tên/);
    const nfd = 'NGUYỄN THỊ MAI'.normalize('NFD');
    await type(name, nfd);
    await leave(name);
    await waitFor(() => expect(host.callsOf('setField')).toEqual([['hoTen', 'NGUYỄN THỊ MAI']]));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves every changed box with the Save button and reports a failure as a localised error', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<FieldsView />, host);
    await ready();
    const save = screen.getByRole('button', { name: 'Lưu vào tài liệu' });
    expect(save).toBeDisabled();
    fireEvent.change(fieldBox(/Sinh năm/), { target: { value: '1980' } });
    fireEvent.change(fieldBox(/Chức vụ/), { target: { value: 'Giáo viên' } });
    expect(screen.getByRole('status')).toHaveTextContent('Có thay đổi chưa lưu vào tài liệu.');
    host.failNext.setField = new Error('boom');
    await act(async () => {
      fireEvent.click(save);
    });
    expect(await screen.findByText('Đã xảy ra lỗi', { exact: false })).toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lưu vào tài liệu' }));
    });
    await waitFor(() =>
      expect(host.callsOf('setField').slice(-2)).toEqual([
        ['sinhNam', '1980'],
        ['chucVuDonVi', 'Giáo viên'],
      ]),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Mọi thông tin đã được lưu vào tài liệu.'));
  });

  it('follows the document when it changes outside the form', async () => {
    const host = new FakeHost(templateSnapshot('individual'));
    renderView(<FieldsView />, host);
    await ready();
    host.doc.fields.hoTen = { id: 'hoTen', text: 'TRẦN VĂN BÌNH', showingPlaceholder: false };
    act(() => host.emitChange());
    await waitFor(() => expect(fieldBox(/Họ tên/)).toHaveValue('TRẦN VĂN BÌNH'));
  });

  it('explains a field deleted from the document instead of writing to it', async () => {
    const snapshot = templateSnapshot('individual');
    delete snapshot.fields.sinhNam;
    renderView(<FieldsView />, new FakeHost(snapshot));
    await ready();
    expect(fieldBox(/Sinh năm/)).toBeDisabled();
    expect(screen.getByText('Ô này đã bị xóa khỏi tài liệu. Khôi phục ô từ danh sách kiểm tra.')).toBeInTheDocument();
  });
});

describe('FieldsView (collective)', () => {
  it('has one field, the unit’s name, warned when it stops short of the city', async () => {
    const host = new FakeHost(templateSnapshot('collective'));
    renderView(<FieldsView />, host);
    await ready();
    const boxes = screen.getAllByRole('textbox');
    expect(boxes).toHaveLength(1);
    const unit = fieldBox(/Tên tập thể/);
    await type(unit, 'Trường THCS Lê Lợi, Quận 3, TP.HCM');
    await leave(unit);
    const field = unit.closest('.fui-Field') as HTMLElement;
    await waitFor(() => expect(within(field).getByText(/viết tắt tên thành phố/)).toBeInTheDocument());
    // A warning, not an error: the box is not invalid and there is no alert.
    expect(unit).not.toHaveAttribute('aria-invalid', 'true');
    expect(host.callsOf('setField')).toEqual([['tenTapThe', 'Trường THCS Lê Lợi, Quận 3, TP.HCM']]);
  });

  it('for a file without our template, offers what file mode can do: a new report, or another file', async () => {
    const host = new FakeHost({ ...templateSnapshot('collective'), template: null });
    renderView(<FieldsView />, host);
    await ready();
    expect(screen.getByText('Tệp này không phải báo cáo thành tích')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tạo báo cáo mới' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mở tệp khác' })).toBeInTheDocument();
    expect(screen.queryByText(/Hãy chèn mẫu/)).toBeNull();
  });

  it('speaks English when asked', async () => {
    renderView(<FieldsView />, new FakeHost(templateSnapshot('collective')), { lang: 'en' });
    await ready();
    expect(fieldBox(/Collective/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save to document' })).toBeInTheDocument();
  });
});
