// Finding one's way in the editor: the guidance of the template a section was made from,
// shown beside it (open or closed as the user last left it), where the comparison starts, and
// how long notices stay. The guidance itself is the core's (TemplateInfo, in the agreement's
// language); the page only picks the one for the section.

import type { TemplateInfo } from "./bindings/TemplateInfo";

/** Where the open/closed state of the guidance beside a section is kept. */
export const GUIDANCE_OPEN_KEY = "avtale.guidanceOpen";

/** A plain notice stays this long. */
export const NOTICE_MS = 4000;

/** The notice of a deleted section stays longer: it offers undo (the toolbar's stays). */
export const DELETED_NOTICE_MS = 12000;

/**
 * The template a section was made from, with something to show: none for a section made
 * without a template, from a template that no longer exists, or from one with no guidance.
 */
export function guidanceFor(templates: readonly TemplateInfo[], template: string | null | undefined): TemplateInfo | null {
  if (!template) return null;
  const found = templates.find((x) => x.id === template);
  if (!found || (found.guidance.trim() === "" && found.consider.length === 0)) return null;
  return found;
}

/** Whether the guidance is shown open: as last left, open until the user closes it. */
export function guidanceOpen(storage: Pick<Storage, "getItem"> | null = globalThis.localStorage ?? null): boolean {
  return storage?.getItem(GUIDANCE_OPEN_KEY) !== "false";
}

/** Remembers whether the guidance was left open. */
export function rememberGuidanceOpen(open: boolean, storage: Pick<Storage, "setItem"> | null = globalThis.localStorage ?? null): void {
  storage?.setItem(GUIDANCE_OPEN_KEY, String(open));
}

/**
 * Where the comparison's "Fra" starts: the newest saved revision (numbers newest first), unless
 * the user chose another that still exists; the current text when there is no revision.
 */
export function compareFrom(newestFirst: readonly number[], current: string, chosen: boolean): string {
  if (chosen && (current === "now" || newestFirst.map(String).includes(current))) return current;
  const newest = newestFirst[0];
  return newest === undefined ? "now" : String(newest);
}
