/** The models table workflow without rendering: a ModelsWorkflow over a FakeHost and an in-memory draft storage. */
import { ModelsWorkflow } from '../../../../src/taskpane/views/models/modelsWorkflow';
import { DRAFTS_KEY, type DraftStorage } from '../../../../src/taskpane/views/models/modelsDraft';
import { AppError } from '../../../../src/core/errors';
import { FakeHost, templateSnapshot } from '../../../support/fakeHost';

function memory(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

function setUp(rows: string[][] = [['', '', '', '', '', '']], storage = memory()) {
  const snapshot = templateSnapshot('individual', { hoTen: 'NGUYỄN VĂN AN' });
  snapshot.table!.rows = rows;
  const host = new FakeHost(snapshot);
  const refresh = jest.fn(async () => null);
  const workflow = new ModelsWorkflow({ host, kind: 'individual', storage, refresh }, snapshot);
  return { host, refresh, workflow, storage, snapshot };
}

const fill = (w: ModelsWorkflow, index: number, text: string) => {
  for (const column of ['ten', 'donVi', 'moTa', 'loTrinh', 'ketQua'] as const) w.setCell(index, column, `${text} ${column}`);
};

describe('ModelsWorkflow', () => {
  it('starts with one empty card for an empty table, not dirty', () => {
    const { workflow } = setUp();
    expect(workflow.state.rows).toHaveLength(1);
    expect(workflow.state).toMatchObject({ dirty: false, notice: null, busy: false });
  });

  it('edits become a draft; writing sends the non-empty rows in order, clears the draft and checks again', async () => {
    const { workflow, host, storage, refresh } = setUp();
    fill(workflow, 0, 'Mô hình “Đọc sách”');
    workflow.add();
    fill(workflow, 1, 'Dự án B');
    workflow.add(); // an empty third card is not written
    expect(workflow.state.dirty).toBe(true);
    expect(storage.map.get(DRAFTS_KEY)).toContain('Dự án B');
    expect(workflow.state.focus).toEqual({ key: workflow.state.rows[2].key, button: 'title' });
    await workflow.write();
    const [written] = host.callsOf('writeTable')[0] as [Array<{ ten: string }>];
    expect(written.map((r) => r.ten)).toEqual(['Mô hình “Đọc sách” ten', 'Dự án B ten']);
    expect(workflow.state).toMatchObject({ dirty: false, notice: { kind: 'written', rows: 2 }, showAll: true, busy: false });
    expect(storage.map.get(DRAFTS_KEY) ?? '').not.toContain('Dự án B');
    expect(refresh).toHaveBeenCalled();
  });

  it('a failed write keeps the edits and the draft and holds the error', async () => {
    const { workflow, host, storage } = setUp();
    fill(workflow, 0, 'A');
    host.failNext.writeTable = new AppError('host.tableMissing');
    await workflow.write();
    expect(workflow.state.error?.messageKey).toBe('host.tableMissing');
    expect(workflow.state.dirty).toBe(true);
    expect(storage.map.get(DRAFTS_KEY)).toContain('A ten');
    workflow.clearError();
    expect(workflow.state.error).toBeNull();
  });

  it('moves a row and asks the focus to follow it; a move past either end does nothing', () => {
    const { workflow } = setUp([
      ['1', 'A', 'a', 'a', 'a', 'a'],
      ['2', 'B', 'b', 'b', 'b', 'b'],
    ]);
    const [a] = workflow.state.rows;
    workflow.move(0, 1);
    expect(workflow.state.rows.map((r) => r.cells.ten)).toEqual(['B', 'A']);
    expect(workflow.state.focus).toEqual({ key: a.key, button: 'down' });
    expect(workflow.state.status).toEqual({ key: 'forms.models.moved', n: 2 });
    workflow.focusDone();
    expect(workflow.state.focus).toBeNull();
    workflow.move(1, 2);
    workflow.move(0, -1);
    expect(workflow.state.rows.map((r) => r.cells.ten)).toEqual(['B', 'A']);
  });

  it('removes with undo', () => {
    const { workflow } = setUp([
      ['1', 'A', 'a', 'a', 'a', 'a'],
      ['2', 'B', 'b', 'b', 'b', 'b'],
    ]);
    workflow.remove(0);
    expect(workflow.state.rows.map((r) => r.cells.ten)).toEqual(['B']);
    const notice = workflow.state.notice;
    expect(notice?.kind).toBe('removed');
    if (notice?.kind !== 'removed') return;
    workflow.undo(notice.removed);
    expect(workflow.state.rows.map((r) => r.cells.ten)).toEqual(['A', 'B']);
    expect(workflow.state.notice).toBeNull();
  });

  it('shows a cell’s problem only after it was left, or after a write', async () => {
    const { workflow } = setUp([['1', 'A', '', '', '', '']]);
    const findings = () => workflow.findings();
    expect(workflow.cellFindings(findings(), 0, 'donVi')).toEqual([]);
    workflow.touch(0, 'donVi');
    expect(workflow.cellFindings(findings(), 0, 'donVi').length).toBeGreaterThan(0);
    expect(workflow.cellFindings(findings(), 0, 'moTa')).toEqual([]);
    await workflow.write();
    expect(workflow.cellFindings(findings(), 0, 'moTa').length).toBeGreaterThan(0);
  });

  it('loading from the document asks first when edits would be lost, then replaces them', async () => {
    const { workflow, host } = setUp([['1', 'Từ tài liệu', 'x', 'x', 'x', 'x']]);
    workflow.setCell(0, 'ten', 'Sửa dở');
    await workflow.load();
    expect(workflow.state.confirmLoad).toBe(true);
    expect(host.callsOf('readTable')).toEqual([]);
    workflow.cancelLoad();
    expect(workflow.state.rows[0].cells.ten).toBe('Sửa dở');
    await workflow.load(true);
    expect(workflow.state.rows[0].cells.ten).toBe('Từ tài liệu');
    expect(workflow.state).toMatchObject({ dirty: false, notice: { kind: 'loaded', rows: 1 } });
  });

  it('restores a draft made for the same document, and not for another one', () => {
    const storage = memory();
    const first = setUp(undefined, storage);
    first.workflow.setCell(0, 'ten', 'Bản nháp');
    const again = setUp(undefined, storage);
    expect(again.workflow.state).toMatchObject({ dirty: true, notice: { kind: 'restored' } });
    expect(again.workflow.state.rows[0].cells.ten).toBe('Bản nháp');

    const other = templateSnapshot('individual', { hoTen: 'TRẦN THỊ BÍCH' });
    const workflow = new ModelsWorkflow({ host: new FakeHost(other), kind: 'individual', storage, refresh: async () => null }, other);
    expect(workflow.state.notice).toBeNull();
    expect(workflow.state.rows[0].cells.ten).toBe('');
  });

  it('notifies subscribers on every change', () => {
    const { workflow } = setUp();
    const seen = jest.fn();
    const stop = workflow.subscribe(seen);
    workflow.add();
    workflow.setCell(1, 'ten', 'x');
    stop();
    workflow.add();
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
