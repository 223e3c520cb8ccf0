// The command palette's entries (Ctrl+K): the agreement's parts, its sections, the open
// diagnostics and the templates a section can be added from, each with the words it is found
// by. What an entry does is the caller's; this module only lists them (which match the words
// typed, the core says: backend.paletteMatches).

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
