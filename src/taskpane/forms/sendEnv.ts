/**
 * What the send view needs from outside React: the Office requirement check (for the Microsoft 365 path), how a
 * mail draft is opened, the download and the clipboard, and the two transports. Components get it from context
 * and never import Office (DESIGN.md §5.3); the Office-reading default is in src/taskpane/boot/sendEnv.ts, and
 * tests provide their own.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { TokenProvider } from '../../mail/graph';
import { defaultSendEnv } from '../boot/sendEnv';
import type { SendEnv } from './sendEnvType';

export type { SendEnv } from './sendEnvType';
export type { TokenProvider };

const SendEnvContext = createContext<SendEnv | null>(null);

/** Provides a send environment to the view (tests, or a host with other means). */
export function SendEnvProvider({ env, children }: { env: SendEnv; children?: ReactNode }) {
  return createElement(SendEnvContext.Provider, { value: env }, children);
}

let fallback: SendEnv | null = null;

/** The provided environment, else the default one (Office when present, the browser otherwise). */
export function useSendEnv(): SendEnv {
  const provided = useContext(SendEnvContext);
  if (provided) return provided;
  fallback ??= defaultSendEnv();
  return fallback;
}
