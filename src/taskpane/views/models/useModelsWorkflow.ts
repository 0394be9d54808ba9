/** The models workflow (modelsWorkflow.ts) for the view: created once per form, its state as React state. */
import { useState, useSyncExternalStore } from 'react';
import type { DocumentSnapshot } from '../../../core/snapshot';
import { ModelsWorkflow, type ModelsDeps, type ModelsState } from './modelsWorkflow';

export function useModelsWorkflow(deps: ModelsDeps, snapshot: DocumentSnapshot): { workflow: ModelsWorkflow; state: ModelsState } {
  // Created from the document as it was when the form opened; later checks do not reset the edits.
  const [workflow] = useState(() => new ModelsWorkflow(deps, snapshot));
  workflow.update(deps);
  const state = useSyncExternalStore(workflow.subscribe, workflow.getState, workflow.getState);
  return { workflow, state };
}
