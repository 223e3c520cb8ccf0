// The find bar's page logic (Ctrl+F): the core finds the hits; this says where each one is
// shown (the part or section, the element, the range in its text) and how moving between
// them wraps around.

import type { Hit } from "./bindings/Hit";
import { t, type Locale } from "./i18n";
import { getPath } from "./paths";
import { PARTS, selectionFor } from "./selection";

/** Where to select a hit: the element's field path and the range in its text (UTF-16). */
export interface FindTarget {
  field: string;
  start: number;
  end: number;
}

/**
 * Where a hit is selected on the page. A line of a list of lines (`agenda[1]`) is edited in
 * one text area holding the lines one per line, so its range moves by the lines before it.
 */
export function findTarget(hit: Hit, agreement: unknown): FindTarget {
  const match = /^(.*)\[(\d+)\]$/.exec(hit.field);
  const lines = match ? getPath(agreement, match[1] ?? "") : undefined;
  if (match && Array.isArray(lines) && lines.every((l) => typeof l === "string")) {
    const index = Number(match[2]);
    const before = (lines as string[]).slice(0, index).reduce((n, line) => n + line.length + 1, 0);
    return { field: match[1] ?? "", start: before + hit.start, end: before + hit.end };
  }
  return { field: hit.field, start: hit.start, end: hit.end };
}

/** The hit after (or before) hit `at` of `count`, wrapping around; the first (or last) when none is current. */
export function stepHit(at: number | null, count: number, forward: boolean): number | null {
  if (count === 0) return null;
  if (at === null) return forward ? 0 : count - 1;
  return (at + (forward ? 1 : count - 1)) % count;
}

/** Where a hit is, in words: its section's number and title, or the part holding it. */
export function hitPlace(hit: Hit, sectionIds: readonly string[], locale: Locale): string {
  if (hit.section !== null && hit.section_title !== null) return `${hit.section + 1}. ${hit.section_title}`;
  const shown = selectionFor(hit.field, sectionIds);
  const part = PARTS.find(([p]) => p === shown.part);
  return part ? t(part[1], locale) : hit.field;
}
