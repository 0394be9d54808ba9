/**
 * The send workflow (sendWorkflow.ts) for the view: one workflow per document, fed the latest settings, language and
 * check function on every render, and its state as React state.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { DocumentHost } from '../../../core/host';
import { SendWorkflow, type SendDeps, type SendState } from './sendWorkflow';

export function useSendWorkflow(deps: SendDeps): { workflow: SendWorkflow; state: SendState } {
  // A new document starts afresh (its own idempotency keys, statuses and outcome).
  const workflow = useMemo(() => new SendWorkflow(deps), [deps.host as DocumentHost]);
  workflow.update(deps);
  const state = useSyncExternalStore(workflow.subscribe, workflow.getState, workflow.getState);
  return { workflow, state };
}
