/**
 * Whether the Microsoft 365 (Graph) path can be offered here, and how it signs in, without the Graph code or its
 * messages: the task pane's boot code asks it (src/taskpane/boot/sendEnv.ts), and the message keys it returns are
 * registered by the Graph code (src/mail/graph/auth.ts, which re-exports this) that the send view loads.
 */
export const NAA_REQUIREMENT_SET = { name: 'NestedAppAuth', version: '1.1' } as const;

/**
 * The Office dialog (Office.context.ui.displayDialogAsync), the sign-in used where NAA is not available
 * (./dialogAuth.ts; requirement set https://learn.microsoft.com/javascript/api/requirement-sets/common/dialog-api-requirement-sets).
 */
export const DIALOG_REQUIREMENT_SET = { name: 'DialogApi', version: '1.1' } as const;

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** A Microsoft Entra application (client) id: a GUID. */
export const GRAPH_CLIENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How the Graph path signs in here: NAA (Office brokers the token) or the Office dialog (our sign-in page). */
export type GraphSignInMode = 'naa' | 'dialog';

function supports(isSetSupported: IsSetSupported, set: { name: string; version: string }): boolean {
  try {
    return isSetSupported(set.name, set.version) === true;
  } catch {
    return false;
  }
}

/** NAA where Office offers it, else the Office dialog where that exists, else null (outside Office). */
export function graphSignInMode(isSetSupported: IsSetSupported): GraphSignInMode | null {
  if (supports(isSetSupported, NAA_REQUIREMENT_SET)) return 'naa';
  if (supports(isSetSupported, DIALOG_REQUIREMENT_SET)) return 'dialog';
  return null;
}

/**
 * Why the Graph path cannot be offered here, as a message key, or undefined when it can: with NAA, or without it
 * through the Office dialog sign-in (Microsoft 365 is not hidden where NAA is missing).
 * Use it to decide whether to show the Microsoft 365 option at all.
 */
export function graphUnavailableReason(options: {
  clientId: string | undefined;
  isSetSupported: IsSetSupported;
}): 'graph.naaUnsupported' | 'graph.notConfigured' | undefined {
  if (graphSignInMode(options.isSetSupported) === null) return 'graph.naaUnsupported';
  if (!options.clientId || !GRAPH_CLIENT_ID_PATTERN.test(options.clientId)) return 'graph.notConfigured';
  return undefined;
}
