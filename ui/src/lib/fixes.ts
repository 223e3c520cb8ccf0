// What a diagnostic's one-click fix is called on its button, and what the page says once the
// core has applied it. One place for both, so the button and the notice name the same change.

import type { Fix } from "./bindings/Fix";
import { t, tf, type Locale } from "./i18n";

/** The button's words: what the fix will put in. */
export function fixLabel(fix: Fix, locale: Locale): string {
  if ("add_glossary_entry" in fix) return t("addToGlossary", locale);
  if ("use_reference" in fix) return tf("useReference", locale, { shows: fix.use_reference.shows });
  if ("forget_considered" in fix) return t("forgetConsidered", locale);
  return tf("replaceWords", locale, { with: fix.replace_words.with });
}

/** The notice once the fix is applied. */
export function fixDone(fix: Fix, locale: Locale): string {
  if ("add_glossary_entry" in fix) return tf("addedToGlossary", locale, { term: fix.add_glossary_entry.term });
  if ("use_reference" in fix) return tf("usedReference", locale, { words: fix.use_reference.words });
  if ("forget_considered" in fix) return t("forgotConsidered", locale);
  return tf("replacedWords", locale, { words: fix.replace_words.words, with: fix.replace_words.with });
}
