// What the editor shows: one of the agreement's parts, or one section by its stable id.

import type { MessageKey } from "./i18n";

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
] as const satisfies readonly (readonly [string, MessageKey])[];

/** One of the agreement's parts. */
export type Part = (typeof PARTS)[number][0];

export type Selection = { part: Part } | { part: "section"; id: string };
