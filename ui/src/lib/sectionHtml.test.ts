import { describe, expect, it } from "vitest";
import { sectionHtml } from "./sectionHtml";

const html =
  '<h1>Avtale</h1>\n<h2 id="section-formal">1. Formål</h2>\n<p>Hvorfor.</p>\n' +
  '<h2 id="section-mal">2. Mål</h2>\n<ul><li>Flere fullfører</li></ul>\n';

describe("one section's HTML", () => {
  it("is the body between its heading and the next", () => {
    expect(sectionHtml(html, "formal")).toBe("<p>Hvorfor.</p>");
    expect(sectionHtml(html, "mal")).toBe("<ul><li>Flere fullfører</li></ul>");
    expect(sectionHtml(html, "finnes-ikke")).toBe("");
  });
});
