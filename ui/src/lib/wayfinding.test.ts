import { describe, expect, it } from "vitest";
import type { TemplateInfo } from "./bindings/TemplateInfo";
import { compareFrom, DELETED_NOTICE_MS, GUIDANCE_OPEN_KEY, guidanceFor, guidanceOpen, NOTICE_MS, rememberGuidanceOpen } from "./wayfinding";

const template = (id: string, guidance: string, consider: string[]): TemplateInfo => ({
  id,
  category: "grunnlag",
  category_label: "Grunnlag",
  kind: "prose",
  title: id,
  guidance,
  consider,
});

describe("the guidance beside a section", () => {
  const templates = [template("formal", "Hva samarbeidet skal oppnå.", ["Hvem er målgruppen?"]), template("tom", " ", [])];

  it("is the section's template's, in the list the core gave", () => {
    expect(guidanceFor(templates, "formal")?.consider).toEqual(["Hvem er målgruppen?"]);
  });

  it("is nothing without a template, for a template that is gone, or one with nothing to say", () => {
    expect(guidanceFor(templates, undefined)).toBeNull();
    expect(guidanceFor(templates, null)).toBeNull();
    expect(guidanceFor(templates, "fjernet")).toBeNull();
    expect(guidanceFor(templates, "tom")).toBeNull();
  });

  it("stays open or closed as the user left it, open at first", () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    expect(guidanceOpen(storage)).toBe(true);
    rememberGuidanceOpen(false, storage);
    expect(kept.get(GUIDANCE_OPEN_KEY)).toBe("false");
    expect(guidanceOpen(storage)).toBe(false);
    rememberGuidanceOpen(true, storage);
    expect(guidanceOpen(storage)).toBe(true);
  });
});

describe("the comparison's starting point", () => {
  it("is the newest revision against the current text, so one click compares", () => {
    expect(compareFrom([3, 2, 1], "", false)).toBe("3");
    expect(compareFrom([], "", false)).toBe("now");
  });

  it("follows a new revision until the user chooses, then keeps the choice while it exists", () => {
    expect(compareFrom([4, 3, 2, 1], "3", false)).toBe("4");
    expect(compareFrom([4, 3, 2, 1], "2", true)).toBe("2");
    expect(compareFrom([4, 3, 2, 1], "now", true)).toBe("now");
    expect(compareFrom([1], "7", true)).toBe("1");
  });
});

describe("notices", () => {
  it("the deleted-section notice, which offers undo, stays longer than a plain one", () => {
    expect(DELETED_NOTICE_MS).toBeGreaterThan(NOTICE_MS);
  });
});
