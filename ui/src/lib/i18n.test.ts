import { describe, expect, it } from "vitest";
import { messageKeys, t, type Locale } from "./i18n";

describe("message catalogue", () => {
  it("has every message in bokmål, nynorsk and English", () => {
    for (const key of messageKeys) {
      for (const locale of ["nb", "nn", "en"] as Locale[]) {
        expect(t(key, locale).trim(), `${key} in ${locale}`).not.toBe("");
      }
    }
  });

  it("writes nynorsk differently from bokmål where the languages differ", () => {
    expect(t("couldNotOpen", "nn")).not.toBe(t("couldNotOpen", "nb"));
    expect(t("counts", "nn")).toContain("åtvaringar");
  });
});
