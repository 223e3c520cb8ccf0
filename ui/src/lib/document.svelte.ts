// The page's view of the agreement being edited. The agreement itself lives in the core (the
// open document, with its undo history and its file); this class shows what the core last gave
// it and sends edits. A field value is shown at once as typed and sent; everything else
// (inserting, removing, moving, undo, a revision) is shown as the core returns it. One request is
// in flight at a time: edits made meanwhile go together in the next one, in order.

import type { Agreement } from "./bindings/Agreement";
import type { Choice } from "./bindings/Choice";
import type { ClauseKind } from "./bindings/ClauseKind";
import type { DocumentState } from "./bindings/DocumentState";
import type { Edit } from "./bindings/Edit";
import type { KeyedEdit } from "./bindings/KeyedEdit";
import type { Piece } from "./bindings/Piece";
import type { Screen } from "./bindings/Screen";
import { getPath, setPath } from "./paths";

/** Sends edits to the core and returns what the screen shows after them. */
export type Send = (edits: KeyedEdit[], nowMs: number) => Promise<Screen>;

export class AgreementDocument {
  /** The agreement as the core gave it, without its history, with typed values shown at once. */
  agreement: Agreement = $state() as Agreement;
  /** Where the document stands: title, file, unsaved, undo and redo, revisions, status list. */
  state: DocumentState = $state() as DocumentState;
  /** The form each section is edited with, as the core says. */
  kinds: ClauseKind[] = $state([]);
  /** Each section's text cut into words and live references, as the core last did. */
  pieces: (Piece[] | null)[] = $state([]);
  /** The live references the editor's menu offers, with what they show now. */
  references: Choice[] = $state([]);
  /** Bumped on every change, so views can react to edits deep inside the agreement. */
  revision = $state(0);
  private queue: KeyedEdit[] = [];
  private sending = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    screen: Screen,
    private readonly send: Send,
    private readonly onscreen: (screen: Screen) => void,
    private readonly onfailure: (err: unknown) => void,
  ) {
    this.agreement = screen.content as Agreement;
    this.state = screen.state;
    this.kinds = screen.section_kinds;
    this.pieces = screen.pieces;
    this.references = screen.references;
  }

  get path(): string | null {
    return this.state.path ?? null;
  }

  get unsaved(): boolean {
    return this.state.unsaved;
  }

  get canUndo(): boolean {
    return this.state.can_undo;
  }

  get canRedo(): boolean {
    return this.state.can_redo;
  }

  /**
   * Sets the value at `path`; shown at once, sent to the core. Values with the same `key`
   * (the path, by default) within a second are undone together. `undefined` removes an
   * optional field (the core keeps an emptied required text as empty text).
   */
  set(path: string, value: unknown, key: string | null = path): void {
    setPath(this.agreement, path, value);
    this.revision += 1;
    this.push({ op: "set", path, value: value === undefined ? null : value }, key);
  }

  /**
   * Inserts an item into the list at `path`. Edits given one `key` within a second are one
   * undo step (a pasted list: its items and the cell it filled).
   */
  insert(path: string, index: number, value: unknown, key: string | null = null): void {
    this.push({ op: "insert", path, index, value }, key);
  }

  /** Removes the item at `index` of the list at `path`. */
  remove(path: string, index: number, key: string | null = null): void {
    this.push({ op: "remove", path, index }, key);
  }

  /** Moves an item of the list at `path`. */
  move(path: string, from: number, to: number, key: string | null = null): void {
    this.push({ op: "move", path, from, to }, key);
  }

  /**
   * Edits sent in one request under one `key`, so they are one undo step (a pasted list: the
   * cell it filled and the items it added). Values set are shown at once.
   */
  together(key: string, edits: Edit[]): Promise<void> {
    for (const edit of edits) {
      if (edit.op === "set") setPath(this.agreement, edit.path, edit.value ?? undefined);
      this.queue.push({ edit, key });
    }
    this.revision += 1;
    if (!this.sending) this.idle = this.flush();
    return this.settled();
  }

  /** Any other edit (a section from a template, a diagnostic's fix). */
  apply(edit: Edit): Promise<void> {
    this.push(edit, null);
    return this.settled();
  }

  /** Resolves once every edit made so far has been applied by the core. */
  settled(): Promise<void> {
    return this.idle;
  }

  /** Takes what the core returns after a command other than an edit (undo, a revision, …). */
  take(screen: Screen): void {
    this.state = screen.state;
    this.kinds = screen.section_kinds;
    this.pieces = screen.pieces;
    this.references = screen.references;
    if (screen.content) {
      this.agreement = screen.content;
      // Values typed while the request was out are shown on top of what came back.
      for (const queued of this.queue) {
        if (queued.edit.op === "set") setPath(this.agreement, queued.edit.path, queued.edit.value ?? undefined);
      }
    }
    this.revision += 1;
    this.onscreen(screen);
  }

  /** The value at `path`, for forms. */
  value(path: string): unknown {
    void this.revision;
    return getPath(this.agreement, path);
  }

  private push(edit: Edit, key: string | null): void {
    this.queue.push(key === null ? { edit } : { edit, key });
    if (!this.sending) this.idle = this.flush();
  }

  private async flush(): Promise<void> {
    this.sending = true;
    try {
      while (this.queue.length > 0) {
        const edits = this.queue;
        this.queue = [];
        try {
          this.take(await this.send(edits, Date.now()));
        } catch (err) {
          this.onfailure(err);
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
