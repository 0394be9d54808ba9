/**
 * File mode's guards of the person's work, mounted once by the shell:
 *   - the working copy goes to IndexedDB after each change, and is offered back (with the time it was saved) when the
 *     pane opens again after a reload, a closed tab or a crash;
 *   - the browser warns before the tab closes or reloads while changes are not downloaded (beforeunload);
 *   - opening another file or making a new template asks first when it would replace such changes.
 * An edit that would remove words the person wrote is asked about by RemovalGuard, in Word and file mode alike.
 * The dialogs and the recovery bar load on demand (first-view budget, DESIGN.md §7); if they cannot load, the
 * replacement is refused (./GuardUi.tsx).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { fileSession } from '../state/fileSession';
import { useHostApi } from '../state/host';
import { useFirstViewShown } from '../state/firstView';
import { useNavigation } from '../state/navigation';
import type { WorkingCopy } from '../state/workingCopy';
import { GuardUi } from './GuardUi';

/** The working copy's IndexedDB code, loaded with the first save or the start's look for a copy to offer back. */
const workingCopy = () => import(/* webpackChunkName: "working-copy" */ '../state/workingCopy');

export type GuardDialog = { kind: 'replace'; resolve: (ok: boolean) => void } | { kind: 'remove'; words: string[]; resolve: (ok: boolean) => void };

export function FileGuard() {
  const { host, fileName, setHost, factory } = useHostApi();
  const { go } = useNavigation();
  const [dialog, setDialog] = useState<GuardDialog | null>(null);
  const [recovery, setRecovery] = useState<WorkingCopy | null>(null);
  const saving = useRef<Promise<void>>(Promise.resolve());
  const firstViewShown = useFirstViewShown();
  const nameRef = useRef(fileName);
  nameRef.current = fileName;

  const ask = useCallback((make: (resolve: (ok: boolean) => void) => GuardDialog) => new Promise<boolean>((resolve) => setDialog(make(resolve))), []);

  // Replacing changes not downloaded: ask.
  useEffect(() => {
    fileSession.setReplaceConfirmer(() => ask((resolve) => ({ kind: 'replace', resolve })));
    return () => fileSession.setReplaceConfirmer(null);
  }, [ask]);

  // Each change: not downloaded any more, and the working copy saved (one save at a time, in order).
  useEffect(() => {
    if (!host) return undefined;
    const off = host.onChange(() => {
      fileSession.markChanged();
      saving.current = saving.current.then(async () => {
        try {
          const bytes = await host.fileBytes();
          await (await workingCopy()).saveWorkingCopy({ bytes, fileName: nameRef.current ?? 'BCTT.docx', savedAt: new Date().toISOString() });
        } catch {
          // No IndexedDB (private mode, quota), or its code not loaded (offline): the beforeunload warning still
          // protects the work.
        }
      });
    });
    return off;
  }, [host]);

  // Closing or reloading the tab with changes not downloaded: the browser's own warning.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!fileSession.dirty) return;
      e.preventDefault();
      // Browsers before the preventDefault() convention (Chromium < 119) need a non-empty returnValue; its text is
      // not shown (https://developer.mozilla.org/docs/Web/API/Window/beforeunload_event).
      e.returnValue = 'unsaved';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  // A working copy left by a previous page: offered back while no document is open (looked for once the first view
  // is on screen: its IndexedDB code is not part of it).
  useEffect(() => {
    let live = true;
    if (host) return undefined;
    firstViewShown
      .then(workingCopy)
      .then((m) => m.loadWorkingCopy())
      .then((copy) => {
        if (live && copy) setRecovery(copy);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []); // once, at start

  const recover = useCallback(async () => {
    const copy = recovery;
    // Hosts come from the factory the boot code gave the app (src/taskpane/boot/fileHost.ts), never built here.
    if (!copy || !factory) return;
    const opened = await factory.open(copy.bytes);
    setRecovery(null);
    setHost(opened, copy.fileName);
    // Still not downloaded: the guards stay on.
    fileSession.markChanged();
    go('checklist');
  }, [recovery, setHost, go, factory]);

  // Once shown, the UI stays mounted: a Fluent Dialog must close (open=false) to give the page back its focus and
  // its accessibility tree; unmounting it while open left the rest of the pane hidden from assistive technology.
  const [shown, setShown] = useState(false);
  if (!shown && (dialog || (recovery && !host))) setShown(true);
  if (!shown) return null;
  return (
    <GuardUi
      dialog={dialog}
      onClose={(ok) => {
        dialog?.resolve(ok);
        setDialog(null);
      }}
      recovery={host ? null : recovery}
      onRecover={recover}
      onDiscard={() => setRecovery(null)}
    />
  );
}
