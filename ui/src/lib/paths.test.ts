import { describe, expect, it } from "vitest";
import { getPath, join, parsePath, sectionIndex, setPath, within } from "./paths";

describe("field paths", () => {
  it("parse the core's paths", () => {
    expect(parsePath("sections[3].meetings[0].cadence")).toEqual(["sections", 3, "meetings", 0, "cadence"]);
    expect(parsePath("meta.parent.title")).toEqual(["meta", "parent", "title"]);
    expect(join(join("sections", 2), "text")).toBe("sections[2].text");
  });

  it("read and write values, making and removing keys", () => {
    const root: Record<string, unknown> = { sections: [{ title: "A" }] };
    setPath(root, "sections[0].meetings[0].name", "Styringsgruppe");
    expect(getPath(root, "sections[0].meetings[0].name")).toBe("Styringsgruppe");
    setPath(root, "sections[0].title", undefined);
    expect(getPath(root, "sections[0]")).toEqual({ meetings: [{ name: "Styringsgruppe" }] });
    expect(sectionIndex("sections[12].text")).toBe(12);
    expect(sectionIndex("parties[0].signatory.name")).toBeNull();
  });

  it("tell a field inside an item from one of the next items", () => {
    expect(within("sections[1].goals[0].goal", "sections[1].goals[0]")).toBe(true);
    expect(within("sections[1].goals[0]", "sections[1].goals[0]")).toBe(true);
    expect(within("sections[1].goals[0].members[2].party", "sections[1].goals[0]")).toBe(true);
    expect(within("sections[1].goals[10].goal", "sections[1].goals[1]")).toBe(false);
    expect(within("sections[1].goalsx", "sections[1].goals")).toBe(false);
  });
});
