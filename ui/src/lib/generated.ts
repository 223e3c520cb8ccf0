// The hint a section that also shows a generated part of the agreement (the parties, the
// period, the glossary, the agreements it names, the regions) carries, in the section's form and in the document view alike.

import type { Generated } from "./bindings/Generated";
import { t, tf, type Locale, type MessageKey } from "./i18n";

const names: Record<Generated, MessageKey> = { parties: "g_parties", period: "g_period", glossary: "g_glossary", references: "g_references", regions: "g_regions" };

/** «Dette punktet viser også en del av avtalen som lages automatisk: partene.» */
export function generatedHint(show: Generated, locale: Locale): string {
  return tf("generatedPart", locale, { what: t(names[show], locale) });
}
