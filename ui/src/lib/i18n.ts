// The page's side of the one message catalogue: every text the user reads comes from the Fluent
// files in `locales/<locale>/` (the core's `core.ftl`, shared with the core and the command line,
// and the page's own `app.ftl`), in bokmål (default), nynorsk and English. Components never
// hard-code user-facing words. Messages with `{ $name }` take values through `tf`; numbers stay
// numbers, so a message chooses its words by the language's plural rules and shows them the
// Norwegian way (1,5).

import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { MessageId } from "./bindings/MessageId";
import nbCore from "../../../locales/nb/core.ftl?raw";
import nnCore from "../../../locales/nn/core.ftl?raw";
import enCore from "../../../locales/en/core.ftl?raw";
import nbApp from "../../../locales/nb/app.ftl?raw";
import nnApp from "../../../locales/nn/app.ftl?raw";
import enApp from "../../../locales/en/app.ftl?raw";

export type Locale = "nb" | "nn" | "en";

/** The id of a message in the catalogue (generated from the Fluent files). */
export type MessageKey = MessageId;

/** The Fluent sources of each locale, in the order they are added. */
export const sources: Record<Locale, { core: string; app: string }> = {
  nb: { core: nbCore, app: nbApp },
  nn: { core: nnCore, app: nnApp },
  en: { core: enCore, app: enApp },
};

const bundles = new Map<Locale, FluentBundle>();

function bundle(locale: Locale): FluentBundle {
  let b = bundles.get(locale);
  if (!b) {
    // No Unicode isolation marks around values: the page shows left-to-right text only.
    b = new FluentBundle(locale, { useIsolating: false });
    b.addResource(new FluentResource(sources[locale].core));
    b.addResource(new FluentResource(sources[locale].app));
    bundles.set(locale, b);
  }
  return b;
}

/** A number as the catalogue shows it: grouped from five digits (12 000, not 2 026). */
function number(value: number): FluentNumber {
  return new FluentNumber(value, { useGrouping: Math.abs(value) >= 10000, maximumFractionDigits: 2 });
}

/** The text for a message with `values` filled in; the id itself when the catalogue lacks it. */
export function tf(key: MessageKey, locale: Locale, values: Record<string, string | number>): string {
  const b = bundle(locale);
  const pattern = b.getMessage(key)?.value;
  if (!pattern) return key;
  const args: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(values)) {
    args[name] = typeof value === "number" ? number(value) : value;
  }
  // Errors (a value not given) are collected, not thrown: the text shows `{$name}` in their place.
  const errors: Error[] = [];
  return b.formatPattern(pattern, args, errors);
}

/** The text for a message in a locale. */
export function t(key: MessageKey, locale: Locale): string {
  return tf(key, locale, {});
}

/**
 * The message naming one value of a core enum (`status`, `reason-kind`, `party-kind`, `level`):
 * the core's catalogue names them `<family>-<value>` with the value's underscores as hyphens.
 */
export function enumKey(family: string, value: string): MessageKey {
  return `${family}-${value.replaceAll("_", "-")}` as MessageKey;
}

/** Whether the catalogue holds a message (for ids made from data). */
export function has(key: string, locale: Locale): key is MessageKey {
  return bundle(locale).hasMessage(key);
}

/** The names of the locales, each in its own language. */
export const localeNames: Record<Locale, string> = { nb: "Bokmål", nn: "Nynorsk", en: "English" };
