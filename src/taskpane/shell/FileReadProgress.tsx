/**
 * While file mode reads a .docx in its worker: the file's name, an indeterminate progress bar and Cancel. The bar
 * (src/taskpane/shell/FileReadBar.tsx, with Fluent's ProgressBar) loads when a reading starts, not with the first view.
 */
import { Suspense, lazy, useSyncExternalStore } from 'react';
import { fileReading } from '../state/fileReading';

const FileReadBar = lazy(() => import(/* webpackChunkName: "file-read-bar" */ './FileReadBar'));

export function FileReadProgress() {
  const reading = useSyncExternalStore(fileReading.subscribe, fileReading.get, fileReading.get);
  if (!reading) return null;
  return (
    <Suspense fallback={null}>
      <FileReadBar reading={reading} />
    </Suspense>
  );
}
