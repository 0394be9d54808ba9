import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DocumentHost } from '../../core/host';
import type { TemplateKind } from '../../core/template/types';

/** Makes file-mode hosts: given to the app by the boot code (src/taskpane/boot/fileHost.ts), never built by a component. */
export interface HostFactory {
  /** A host over a .docx's bytes. */
  open(bytes: Uint8Array): Promise<DocumentHost>;
  /** A host over a new, empty template. */
  create(kind: TemplateKind): Promise<DocumentHost>;
}

/**
 * The document the pane works on. Inside Word it is the WordHost from the start; in file mode it is null until the
 * person opens a .docx or creates a template, then a FileHost. Components never import Office (DESIGN.md §5.3).
 */
export interface HostApi {
  host: DocumentHost | null;
  /** 'word' inside Word; 'file' in a plain browser (or when office.js could not load). */
  mode: 'word' | 'file';
  /** File mode: the open file's name, for the download. */
  fileName: string | null;
  setHost: (host: DocumentHost | null, fileName?: string | null) => void;
  /** How file-mode hosts are made (null when the boot code gave none). */
  factory: HostFactory | null;
}

const HostContext = createContext<HostApi | null>(null);

export function HostProvider({
  mode,
  initialHost,
  factory = null,
  children,
}: {
  mode: 'word' | 'file';
  initialHost: DocumentHost | null;
  factory?: HostFactory | null;
  children: ReactNode;
}) {
  const [state, setState] = useState<{ host: DocumentHost | null; fileName: string | null }>({ host: initialHost, fileName: null });
  const value = useMemo<HostApi>(
    () => ({ ...state, mode, factory, setHost: (host, fileName = null) => setState({ host, fileName }) }),
    [state, mode, factory],
  );
  return <HostContext.Provider value={value}>{children}</HostContext.Provider>;
}

export function useHostApi(): HostApi {
  const value = useContext(HostContext);
  if (!value) throw new Error('useHostApi outside HostProvider');
  return value;
}

/** The current host; views that need a document are only shown when there is one. */
export function useHost(): DocumentHost {
  const { host } = useHostApi();
  if (!host) throw new Error('useHost without a document');
  return host;
}
