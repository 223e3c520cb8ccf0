import { describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { enumKey, sources, t, tf, type Locale } from "./i18n";

const locales: Locale[] = ["nb", "nn", "en"];

function ids(source: string): string[] {
  return new FluentResource(source).body.map((m) => m.id);
}

describe("message catalogue", () => {
  it("parses every Fluent file the page reads", () => {
    for (const locale of locales) {
      for (const file of ["core", "app"] as const) {
        // A line Fluent cannot read is dropped; every message line must survive the parse.
        const text = sources[locale][file];
        const declared = text.split("\n").filter((line) => /^[A-Za-z][\w-]* =/.test(line)).length;
        expect(ids(text).length, `${locale}/${file}.ftl`).toBe(declared);
      }
    }
  });

  it("has every message in bokmål, nynorsk and English, none empty", () => {
    for (const file of ["core", "app"] as const) {
      const nb = ids(sources.nb[file]);
      for (const locale of locales) {
        expect(ids(sources[locale][file]).sort(), `${locale}/${file}.ftl`).toEqual([...nb].sort());
        for (const id of nb) {
          expect(t(id as never, locale).trim(), `${id} in ${locale}`).not.toBe("");
        }
      }
    }
  });

  it("writes nynorsk differently from bokmål where the languages differ", () => {
    expect(t("couldNotOpen", "nn")).not.toBe(t("couldNotOpen", "nb"));
    expect(tf("counts", "nn", { errors: 2, warnings: 3 })).toContain("åtvaringar");
  });

  it("chooses words by the language's plural rules", () => {
    expect(tf("counts", "nb", { errors: 0, warnings: 1 })).toBe("0 feil, 1 advarsel");
    expect(tf("counts", "nb", { errors: 2, warnings: 3 })).toBe("2 feil, 3 advarsler");
    expect(tf("counts", "nn", { errors: 1, warnings: 1 })).toBe("1 feil, 1 åtvaring");
    expect(tf("counts", "en", { errors: 1, warnings: 2 })).toBe("1 error, 2 warnings");
  });

  it("writes numbers the Norwegian way", () => {
    expect(tf("calendarYearHours", "nb", { count: 1, hours: 1.5 })).toBe("1 møte, 1,5 timer");
    expect(tf("calendarYearHours", "en", { count: 2, hours: 1.5 })).toBe("2 meetings, 1.5 hours");
  });

  it("names the core's enum values from the core's own messages", () => {
    expect(t(enumKey("status", "til_godkjenning"), "nb")).toBe("Til godkjenning");
    expect(t(enumKey("party-kind", "nav_fylke"), "en")).toBe("Nav county office");
  });
});
