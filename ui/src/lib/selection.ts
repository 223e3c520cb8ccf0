// What the editor shows: one of the agreement's parts, or one section by its stable id.

import type { MessageKey } from "./i18n";
import { sectionIndex } from "./paths";

/** The agreement's parts, in the outline's order, with the message that names each. */
export const PARTS = [
  ["details", "field-meta"],
  ["parties", "field-parties"],
  ["glossary", "field-glossary"],
  ["history", "history"],
  ["matrix", "matrix-title"],
  ["calendar", "calendar"],
  ["language", "plainLanguage"],
  ["family", "family"],
  ["followup", "category-oppfolging"],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** One of the agreement's parts. */
export type Part = (typeof PARTS)[number][0];

export type Selection = { part: Part } | { part: "section"; id: string };

/**
 * What to show for a field path: the section holding it (by its index in `sectionIds`),
 * else the part whose form has it (the parties, the glossary, the family's areas and main
 * agreement, whose title the details hold, else the agreement's details).
 */
export function selectionFor(field: string, sectionIds: readonly string[]): Selection {
  const index = sectionIndex(field);
  const id = index !== null ? sectionIds[index] : undefined;
  if (id !== undefined) return { part: "section", id };
  if (field.startsWith("parties")) return { part: "parties" };
  if (field.startsWith("glossary")) return { part: "glossary" };
  if (field === "meta.parent.title") return { part: "details" };
  if (field.startsWith("meta.parent.") || field.startsWith("meta.areas")) return { part: "family" };
  return { part: "details" };
}
