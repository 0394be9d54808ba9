/**
 * File mode's reading worker: reads a .docx with the same reader as everywhere (readDocx: caps, limits)
 * off the page's thread, so a crafted file can never freeze the pane. Answers one message per job:
 * {ok: true} when the file reads, {error: {messageKey, params}} with the reader's refusal otherwise.
 */
import { isAppError } from '../core/errors';
import { readDocx } from '../docx/read';

interface WorkerScope {
  onmessage: ((event: { data: { bytes: Uint8Array } }) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  readDocx(event.data.bytes).then(
    () => scope.postMessage({ ok: true }),
    (error: unknown) =>
      scope.postMessage({
        error: isAppError(error)
          ? { messageKey: error.messageKey, params: error.params }
          : { messageKey: 'ui.error.unexpected', params: { message: String(error) } },
      }),
  );
};
