import { describe, expect, it } from "vitest";
import type { Diagnostic } from "./bindings/Diagnostic";
import type { Section } from "./bindings/Section";
import type { TemplateInfo } from "./bindings/TemplateInfo";
import { paletteEntries } from "./palette";

const sections = [
  { id: "formal", title: "Formål" },
  { id: "motearenaer", title: "Møtearenaer og møtehyppighet" },
  { id: "okonomi", title: "Økonomi og ressurser" },
] as unknown as Section[];
const diagnostics = [
  { code: "AV001", severity: "error", field: "parties[0]", message: "Plassholderen er ikke fylt ut." },
  { code: "AV015", severity: "warning", field: "x", message: "Forkortelsen XYZ", considered: "Et navn" },
] as unknown as Diagnostic[];
const templates = [{ id: "evaluering", title: "Evaluering og revisjon" }] as unknown as TemplateInfo[];

describe("the command palette", () => {
  const entries = paletteEntries(sections, diagnostics, templates, "nb");

  it("lists the parts, the sections, the open diagnostics and the templates, in that order", () => {
    expect(entries.map((e) => e.kind)).toEqual([
      ...Array(9).fill("part"),
      "section",
      "section",
      "section",
      "diagnostic",
      "template",
    ]);
    expect(entries.map((e) => e.label)).toContain("2. Møtearenaer og møtehyppighet");
    expect(entries.map((e) => e.label)).toContain("Feil AV001: Plassholderen er ikke fylt ut.");
    expect(entries.map((e) => e.label)).toContain("Legg til: Evaluering og revisjon");
    expect(entries.some((e) => e.label.includes("AV015"))).toBe(false);
  });
});
