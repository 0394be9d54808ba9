/**
 * Asks before an edit removes words the person wrote, inside Word and in file mode alike: the host's removal
 * confirmer (DocumentHost.setRemovalConfirmer) opens a dialog listing the words; cancel leaves the document as it
 * was. Mounted once by the shell; the dialog loads on demand (first-view budget, DESIGN.md §7), and if it cannot load
 * the removal is refused (./GuardUi.tsx).
 */
import { useEffect, useState } from 'react';
import { useHostApi } from '../state/host';
import type { GuardDialog } from './FileGuard';
import { GuardUi } from './GuardUi';

const nothing = async (): Promise<void> => undefined;

export function RemovalGuard() {
  const { host } = useHostApi();
  const [dialog, setDialog] = useState<GuardDialog | null>(null);

  useEffect(() => {
    if (!host?.setRemovalConfirmer) return undefined;
    host.setRemovalConfirmer((words) => new Promise<boolean>((resolve) => setDialog({ kind: 'remove', words, resolve })));
    return () => host.setRemovalConfirmer?.(null);
  }, [host]);

  // Once shown, the UI stays mounted so the Fluent dialog closes properly (see FileGuard).
  const [shown, setShown] = useState(false);
  if (!shown && dialog) setShown(true);
  if (!shown) return null;
  return (
    <GuardUi
      dialog={dialog}
      onClose={(ok) => {
        dialog?.resolve(ok);
        setDialog(null);
      }}
      recovery={null}
      onRecover={nothing}
      onDiscard={() => undefined}
    />
  );
}
