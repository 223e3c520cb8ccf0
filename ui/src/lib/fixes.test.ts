import { describe, expect, it } from "vitest";
import type { Fix } from "./bindings/Fix";
import { fixDone, fixLabel } from "./fixes";

describe("fix labels", () => {
  const replace: Fix = {
    replace_words: { section: "malgrupper", field: "text", start: 3, words: "15–21 år", with: "15–24 år" },
  };
  it("name what a replacement puts in, on the button and in the notice", () => {
    expect(fixLabel(replace, "nb")).toBe("Skriv «15–24 år»");
    expect(fixDone(replace, "nn")).toBe("«15–21 år» er bytt ut med «15–24 år».");
  });
  it("keep the glossary and reference wording", () => {
    const glossary: Fix = { add_glossary_entry: { term: "OT", definition: "x" } };
    expect(fixLabel(glossary, "en")).toBe("Add to the glossary");
    const reference: Fix = {
      use_reference: { section: "s", start: 0, words: "2030", reference: "[[siste år]]", shows: "2030" },
    };
    expect(fixLabel(reference, "nb")).toBe("Bruk henvisning: «2030»");
  });
});
