// The agreement being edited: its data, where it is saved, whether it has unsaved changes, and
// undo/redo across the whole document. Every change goes through `edit`, which records the
// state before it; typing in one field within a second counts as one step.

import type { Agreement } from "./bindings/Agreement";

const COALESCE_MS = 1000;
const MAX_UNDO = 200;

export class AgreementDocument {
  agreement: Agreement = $state() as Agreement;
  path: string | null = $state(null);
  /** Bumped on every change, so views can react to edits deep inside the agreement. */
  revision = $state(0);
  private saved: string = $state("");
  private undoStack: string[] = $state([]);
  private redoStack: string[] = $state([]);
  private lastKey: string | null = null;
  private lastTime = 0;

  constructor(agreement: Agreement, path: string | null, saved = true) {
    this.agreement = agreement;
    this.path = path;
    this.saved = saved ? JSON.stringify(agreement) : "";
  }

  /** Whether the agreement differs from what was saved; computed once per change. */
  readonly unsaved: boolean = $derived.by(() => {
    void this.revision;
    return JSON.stringify(this.agreement) !== this.saved;
  });

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /**
   * Applies `change` to the agreement. Changes with the same `key` (a field path) within a
   * second of each other are undone together.
   */
  edit(change: (agreement: Agreement) => void, key: string | null = null, now = Date.now()): void {
    const before = JSON.stringify(this.agreement);
    const coalesce = key !== null && key === this.lastKey && now - this.lastTime < COALESCE_MS;
    change(this.agreement);
    if (JSON.stringify(this.agreement) === before) return;
    if (!coalesce) {
      this.undoStack.push(before);
      if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
    }
    this.redoStack = [];
    this.lastKey = key;
    this.lastTime = now;
    this.revision += 1;
  }

  undo(): void {
    const previous = this.undoStack.pop();
    if (previous === undefined) return;
    this.redoStack.push(JSON.stringify(this.agreement));
    this.agreement = JSON.parse(previous) as Agreement;
    this.lastKey = null;
    this.revision += 1;
  }

  redo(): void {
    const next = this.redoStack.pop();
    if (next === undefined) return;
    this.undoStack.push(JSON.stringify(this.agreement));
    this.agreement = JSON.parse(next) as Agreement;
    this.lastKey = null;
    this.revision += 1;
  }

  /** Records that the current state is what is on disk at `path`. */
  markSaved(path: string): void {
    this.path = path;
    this.saved = JSON.stringify(this.agreement);
    this.revision += 1;
  }
}
