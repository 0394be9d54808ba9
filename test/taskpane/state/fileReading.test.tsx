/** @jest-environment jsdom */
/**
 * File mode reads a .docx in a worker first (issue 14): the real reading worker (src/taskpane/readWorker.ts) runs in
 * a real thread (node:worker_threads, behind the Web Worker interface the pane uses, since jsdom has no Worker).
 * While it reads, the pane shows the file's name, a progress bar and Cancel; a crafted file is refused with the
 * reader's message and never reaches the file host; Cancel ends the worker and says so.
 */
import '@testing-library/jest-dom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker as ThreadWorker } from 'node:worker_threads';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from '../support/renderApp';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '..', '..', '..');
const READ_WORKER = path.join(ROOT, 'src', 'taskpane', 'readWorker.ts');

/** The Web Worker interface over a thread running the real worker module; `hold` keeps its answers until released. */
class ThreadBackedWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  terminated = false;
  private readonly thread: ThreadWorker;
  private held: unknown[] = [];
  constructor(private hold: boolean) {
    this.thread = new ThreadWorker(
      `const { parentPort, workerData } = require('node:worker_threads');
       require('tsx/cjs/api').register();
       globalThis.self = globalThis;
       globalThis.postMessage = (m) => parentPort.postMessage(m);
       require(workerData);
       parentPort.on('message', (data) => globalThis.self.onmessage({ data }));`,
      { eval: true, workerData: READ_WORKER },
    );
    this.thread.on('message', (data) => (this.hold ? this.held.push(data) : this.onmessage?.({ data })));
    this.thread.on('error', (error) => this.onerror?.(error));
  }
  postMessage(data: unknown): void {
    this.thread.postMessage(data);
  }
  release(): void {
    this.hold = false;
    for (const data of this.held.splice(0)) this.onmessage?.({ data });
  }
  terminate(): void {
    this.terminated = true;
    void this.thread.terminate();
  }
}

const workers: ThreadBackedWorker[] = [];
let holdNext = false;
jest.mock('../../../src/taskpane/state/readWorkerClient', () => ({
  // As the real module does: the reader's messages come with the worker.
  ...(jest.requireActual('../../../src/docx/messages') as object),
  createReadWorker: () => {
    const worker = new ThreadBackedWorker(holdNext);
    workers.push(worker);
    return worker;
  },
}));
const mockFileHost = { create: jest.fn(), open: jest.fn() };
jest.mock('../../../src/docx/fileHost', () => ({ FileHost: mockFileHost }));

beforeAll(() => {
  (globalThis as { Worker?: unknown }).Worker = ThreadBackedWorker;
});
afterAll(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
});
afterEach(() => {
  for (const w of workers.splice(0)) w.terminate();
  holdNext = false;
  mockFileHost.open.mockReset();
});

function fixture(name: string): File {
  const bytes = readFileSync(path.join(ROOT, 'test', 'fixtures', 'hostile', name));
  return new File([new Uint8Array(bytes)], name);
}

function open(file: File): void {
  const input = screen.getAllByTestId('open-file-input')[0] as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('reading a file in a worker', () => {
  it('refuses a crafted file with the reader’s message; the file host never sees it', async () => {
    renderApp({ mode: 'file', host: null });
    open(fixture('many-runs.docx'));
    expect(await screen.findByTestId('file-read-progress', {}, { timeout: 30_000 })).toHaveTextContent('Đang đọc tệp many-runs.docx…');
    expect(await screen.findByText(/quá nhiều đoạn định dạng chữ \(quá 100\.000\)/, {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('file-read-progress')).toBeNull();
    expect(mockFileHost.open).not.toHaveBeenCalled();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('Cancel ends the worker and says the opening was cancelled', async () => {
    holdNext = true;
    renderApp({ mode: 'file', host: null });
    open(fixture('white-bmp-report.docx'));
    // Waits on the pane's events only: generous timeouts for a loaded machine, and the progress bar named by its
    // file (the pane may still show its own loading spinner, also a progressbar, while the worker starts).
    const progress = await screen.findByTestId('file-read-progress', {}, { timeout: 30_000 });
    expect(await screen.findByRole('progressbar', { name: 'Đang đọc tệp white-bmp-report.docx…' }, { timeout: 30_000 })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(await screen.findByText('Đã huỷ mở tệp “white-bmp-report.docx”.', {}, { timeout: 30_000 })).toBeInTheDocument();
    expect(progress).not.toBeInTheDocument();
    expect(workers[0].terminated).toBe(true);
    expect(mockFileHost.open).not.toHaveBeenCalled();
  });

  it('a readable report goes on to the file host once the worker has read it', async () => {
    mockFileHost.open.mockRejectedValue(new Error('stop here'));
    renderApp({ mode: 'file', host: null });
    open(fixture('white-bmp-report.docx'));
    await waitFor(() => expect(mockFileHost.open).toHaveBeenCalledTimes(1), { timeout: 30_000 });
    expect(screen.queryByTestId('file-read-progress')).toBeNull();
  });
});
