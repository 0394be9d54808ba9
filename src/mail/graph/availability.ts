/**
 * Whether the Microsoft 365 (Graph) path can be offered here, without the Graph code or its messages: the task pane's
 * boot code asks it (src/taskpane/boot/sendEnv.ts), and the message keys it returns are registered by the Graph code
 * (src/mail/graph/auth.ts, which re-exports this) that the send view loads.
 */
export const NAA_REQUIREMENT_SET = { name: 'NestedAppAuth', version: '1.1' } as const;

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Why the Graph path cannot be offered here, as a message key, or undefined when it can.
 * Use it to decide whether to show the Microsoft 365 option at all.
 */
export function graphUnavailableReason(options: {
  clientId: string | undefined;
  isSetSupported: IsSetSupported;
}): 'graph.naaUnsupported' | 'graph.notConfigured' | undefined {
  let supported = false;
  try {
    supported = options.isSetSupported(NAA_REQUIREMENT_SET.name, NAA_REQUIREMENT_SET.version);
  } catch {
    supported = false;
  }
  if (!supported) return 'graph.naaUnsupported';
  if (!options.clientId || !GUID.test(options.clientId)) return 'graph.notConfigured';
  return undefined;
}
