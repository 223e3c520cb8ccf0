// The UI's message catalogue: every text the user reads in the interface, in bokmål (default),
// nynorsk and English. Components never hard-code user-facing words.

export type Locale = "nb" | "nn" | "en";

const catalogue = {
  appName: { nb: "Avtale", nn: "Avtale", en: "Avtale" },
  loading: { nb: "Laster avtalen …", nn: "Lastar avtalen …", en: "Loading the agreement …" },
  readOnly: { nb: "Lesevisning", nn: "Lesevising", en: "Read-only view" },
  starterPreview: {
    nb: "Eksempel: ny hovedavtale laget fra malene",
    nn: "Døme: ny hovudavtale laga frå malane",
    en: "Example: a new main agreement made from the templates",
  },
  diagnostics: { nb: "Kontroller", nn: "Kontrollar", en: "Checks" },
  noDiagnostics: { nb: "Ingen merknader.", nn: "Ingen merknader.", en: "No remarks." },
  errors: { nb: "feil", nn: "feil", en: "errors" },
  warnings: { nb: "advarsler", nn: "åtvaringar", en: "warnings" },
  error: { nb: "Feil", nn: "Feil", en: "Error" },
  warning: { nb: "Advarsel", nn: "Åtvaring", en: "Warning" },
  preview: { nb: "Forhåndsvisning", nn: "Førehandsvising", en: "Preview" },
  language: { nb: "Språk", nn: "Språk", en: "Language" },
  couldNotOpen: { nb: "Kunne ikke åpne avtalen", nn: "Kunne ikkje opne avtalen", en: "Could not open the agreement" },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof catalogue;

/** The text for a key in a locale. */
export function t(key: MessageKey, locale: Locale): string {
  return catalogue[key][locale];
}

/** Every key, for tests. */
export const messageKeys = Object.keys(catalogue) as MessageKey[];

/** The names of the locales, each in its own language. */
export const localeNames: Record<Locale, string> = { nb: "Bokmål", nn: "Nynorsk", en: "English" };
