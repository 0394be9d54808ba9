/**
 * File mode's session state that guards the person's work: whether the open document has changes not yet
 * downloaded, and who asks before something replaces it. One per page (file mode has one document at a time); the
 * FileGuard component keeps it up to date and answers its questions with dialogs.
 */
export type ReplaceConfirmer = () => Promise<boolean>;

class FileSession {
  private dirtyFlag = false;
  private readonly listeners = new Set<() => void>();
  private confirmer: ReplaceConfirmer | null = null;

  get dirty(): boolean {
    return this.dirtyFlag;
  }

  /** The open document changed (not yet downloaded). */
  markChanged(): void {
    this.set(true);
  }

  /** Downloaded, or replaced on purpose: nothing is at risk any more. */
  markSaved(): void {
    this.set(false);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setReplaceConfirmer(confirmer: ReplaceConfirmer | null): void {
    this.confirmer = confirmer;
  }

  /** True when the open document may be replaced: nothing unsaved, or the person said so. */
  async confirmReplace(): Promise<boolean> {
    if (!this.dirtyFlag || !this.confirmer) return true;
    return this.confirmer();
  }

  private set(value: boolean): void {
    if (this.dirtyFlag === value) return;
    this.dirtyFlag = value;
    for (const l of [...this.listeners]) l();
  }
}

export const fileSession = new FileSession();
