/**
 * Starts file mode's reading worker (src/taskpane/readWorker.ts). Alone in its module because of `import.meta.url`,
 * which webpack turns into the worker's own bundle; it is imported only where `Worker` exists (a browser).
 */
// The reader's messages (docx.*), for a refusal the worker reports before the file host is ever loaded.
import '../../docx/messages';

export function createReadWorker(): Worker {
  return new Worker(new URL('../readWorker.ts', import.meta.url), { name: 'bctt-read' });
}
