// The command palette's entries (Ctrl+K): the agreement's parts, its sections, the open
// diagnostics and the templates a section can be added from, each with the words it is found
// by. What an entry does is the caller's; this module only lists and filters.

import type { Diagnostic } from "./bindings/Diagnostic";
import type { Section } from "./bindings/Section";
import type { TemplateInfo } from "./bindings/TemplateInfo";
import { t, tf, type Locale } from "./i18n";
import { PARTS, type Part } from "./selection";

/** One entry and what choosing it means. */
export type PaletteEntry =
  | { kind: "part"; part: Part; label: string }
  | { kind: "section"; id: string; label: string }
  | { kind: "diagnostic"; diagnostic: Diagnostic; label: string }
  | { kind: "template"; id: string; label: string };

/** Every entry, in the order shown before anything is typed: parts, sections, diagnostics, templates. */
export function paletteEntries(
  sections: Section[],
  diagnostics: Diagnostic[],
  templates: TemplateInfo[],
  locale: Locale,
): PaletteEntry[] {
  const entries: PaletteEntry[] = PARTS.map(([part, key]) => ({ kind: "part", part, label: t(key, locale) }));
  sections.forEach((s, i) => entries.push({ kind: "section", id: s.id, label: `${i + 1}. ${s.title}` }));
  for (const d of diagnostics.filter((d) => d.considered == null)) {
    const severity = t(d.severity === "error" ? "error" : "warning", locale);
    entries.push({ kind: "diagnostic", diagnostic: d, label: `${severity} ${d.code}: ${d.message}` });
  }
  for (const tpl of templates) {
    entries.push({ kind: "template", id: tpl.id, label: tf("paletteAdd", locale, { title: tpl.title }) });
  }
  return entries;
}

/** Lower case without accents, so «mote» finds «Møte» and «okonomi» finds «Økonomi». */
function fold(text: string): string {
  return text
    .toLocaleLowerCase("nb")
    .replaceAll("ø", "o")
    .replaceAll("æ", "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/**
 * The entries whose label holds every word typed (in any order, ignoring case and accents);
 * those whose label starts with the first word come first. Nothing typed: every entry.
 */
export function filterEntries(entries: PaletteEntry[], query: string): PaletteEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  const found = entries.filter((e) => {
    const label = fold(e.label);
    return words.every((w) => label.includes(w));
  });
  const first = words[0] ?? "";
  const starts = (e: PaletteEntry) => fold(e.label).replace(/^\d+\.\s*/, "").startsWith(first);
  return [...found.filter(starts), ...found.filter((e) => !starts(e))];
}
