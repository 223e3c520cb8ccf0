import { describe, expect, it } from "vitest";
import { getPath, join, parsePath, sectionIndex, setPath } from "./paths";

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
});
