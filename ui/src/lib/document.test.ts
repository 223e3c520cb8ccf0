import { describe, expect, it } from "vitest";
import type { Agreement } from "./bindings/Agreement";
import { AgreementDocument } from "./document.svelte";

function agreement(): Agreement {
  return {
    format: 1,
    meta: {
      id: "x",
      title: "Avtale",
      kind: "hovedavtale",
      county: "Agder",
      language: "nb",
      period: { from: "2027-01-01" },
      status: "utkast",
    },
    parties: [],
    sections: [{ id: "formal", title: "Formål", text: "" }],
  };
}

describe("the document being edited", () => {
  it("undoes and redoes across the whole document and knows when it is unsaved", () => {
    const doc = new AgreementDocument(agreement(), "/tmp/a.avtale.yaml");
    expect(doc.unsaved).toBe(false);
    doc.edit((a) => (a.meta.title = "Ny tittel"), "meta.title", 0);
    doc.edit((a) => a.sections.push({ id: "mal", title: "Mål" }), null, 5000);
    expect(doc.unsaved).toBe(true);
    doc.undo();
    expect(doc.agreement.sections).toHaveLength(1);
    doc.undo();
    expect(doc.agreement.meta.title).toBe("Avtale");
    expect(doc.unsaved).toBe(false);
    doc.redo();
    doc.redo();
    expect(doc.agreement.meta.title).toBe("Ny tittel");
    expect(doc.agreement.sections).toHaveLength(2);
  });

  it("counts typing in one field within a second as one step", () => {
    const doc = new AgreementDocument(agreement(), null);
    doc.edit((a) => (a.meta.title = "N"), "meta.title", 0);
    doc.edit((a) => (a.meta.title = "Ny"), "meta.title", 300);
    doc.edit((a) => (a.meta.title = "Nye"), "meta.title", 600);
    doc.undo();
    expect(doc.agreement.meta.title).toBe("Avtale");
    expect(doc.canUndo).toBe(false);
  });

  it("marks the saved state", () => {
    const doc = new AgreementDocument(agreement(), null, false);
    expect(doc.unsaved).toBe(true);
    doc.markSaved("/tmp/b.avtale.yaml");
    expect(doc.unsaved).toBe(false);
    expect(doc.path).toBe("/tmp/b.avtale.yaml");
  });
});
