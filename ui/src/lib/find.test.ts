import { describe, expect, it } from "vitest";
import type { Hit } from "./bindings/Hit";
import { findTarget, hitPlace, stepHit } from "./find";
import { selectionFor } from "./selection";

const hit = (field: string, start: number, end: number, section: number | null = null, title: string | null = null): Hit => ({
  field,
  start,
  end,
  section,
  section_title: title,
  before: "",
  matched: "",
  after: "",
});

const agreement = {
  meta: { title: "Samarbeidsavtale", areas: ["videregående opplæring", "karriereveiledning"] },
  sections: [{ id: "motearenaer", meetings: [{ name: "Styringsgruppe", agenda: ["Status", "Økonomi og ressurser", "Neste møte"] }] }],
};

describe("the find bar", () => {
  it("selects a hit in its own field", () => {
    expect(findTarget(hit("meta.title", 2, 6), agreement)).toEqual({ field: "meta.title", start: 2, end: 6 });
    expect(findTarget(hit("sections[0].meetings[0].name", 0, 3), agreement)).toEqual({
      field: "sections[0].meetings[0].name",
      start: 0,
      end: 3,
    });
  });

  it("selects a hit in a line of a list in the text area holding the lines", () => {
    // "Status\n" is 7 units, "Økonomi og ressurser\n" 21 more.
    expect(findTarget(hit("sections[0].meetings[0].agenda[2]", 0, 5), agreement)).toEqual({
      field: "sections[0].meetings[0].agenda",
      start: 28,
      end: 33,
    });
    expect(findTarget(hit("meta.areas[1]", 0, 7), agreement)).toEqual({ field: "meta.areas", start: 23, end: 30 });
    // A list of objects is not a list of lines.
    expect(findTarget(hit("sections[0].meetings[0]", 0, 1), agreement).field).toBe("sections[0].meetings[0]");
  });

  it("moves between hits around the end", () => {
    expect(stepHit(null, 3, true)).toBe(0);
    expect(stepHit(null, 3, false)).toBe(2);
    expect(stepHit(0, 3, true)).toBe(1);
    expect(stepHit(2, 3, true)).toBe(0);
    expect(stepHit(0, 3, false)).toBe(2);
    expect(stepHit(1, 0, true)).toBeNull();
  });

  it("names where a hit is: its section with its number, or the part", () => {
    const ids = ["formal", "bakgrunn", "motearenaer"];
    expect(hitPlace(hit("sections[2].text", 0, 1, 2, "Møtearenaer"), ids, "nb")).toBe("3. Møtearenaer");
    expect(hitPlace(hit("meta.title", 0, 1), ids, "nb")).toBe("Om avtalen");
    expect(hitPlace(hit("parties[1].organisation", 0, 1), ids, "en")).toBe("Parties");
    expect(hitPlace(hit("glossary[0].term", 0, 1), ids, "nb")).toBe("Begreper");
  });

  it("shows the part or section whose form holds a field", () => {
    const ids = ["formal", "bakgrunn"];
    expect(selectionFor("sections[1].goals[0].indicator", ids)).toEqual({ part: "section", id: "bakgrunn" });
    expect(selectionFor("sections[5].text", ids)).toEqual({ part: "details" });
    expect(selectionFor("parties[0].signatory.name", ids)).toEqual({ part: "parties" });
    expect(selectionFor("glossary[2].definition", ids)).toEqual({ part: "glossary" });
    expect(selectionFor("meta.areas[1]", ids)).toEqual({ part: "family" });
    expect(selectionFor("meta.parent.area", ids)).toEqual({ part: "family" });
    expect(selectionFor("meta.parent.title", ids)).toEqual({ part: "details" });
    expect(selectionFor("meta.title", ids)).toEqual({ part: "details" });
  });
});
