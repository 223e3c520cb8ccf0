import { describe, expect, it } from "vitest";
import type { Agreement } from "./bindings/Agreement";
import type { KeyedEdit } from "./bindings/KeyedEdit";
import type { Screen } from "./bindings/Screen";
import { AgreementDocument } from "./document.svelte";

function agreement(title = "Avtale"): Agreement {
  return {
    format: 1,
    meta: {
      id: "x",
      title,
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

function screen(content?: Agreement, unsaved = false): Screen {
  return {
    state: {
      title: content?.meta.title ?? "Avtale",
      unsaved,
      can_undo: unsaved,
      can_redo: false,
      revisions: 0,
      next_statuses: ["utkast", "til_godkjenning"],
      can_register: true,
      signers: [],
    },
    diagnostics: [],
    html: "",
    reminders: [],
    section_kinds: ["prose"],
    references: [],
    pieces: [],
    ...(content ? { content } : {}),
  };
}

/** A stand-in for the core: records what it is sent and answers when told to. */
function fakeCore() {
  const sent: KeyedEdit[][] = [];
  const answers: Array<(s: Screen) => void> = [];
  const send = (edits: KeyedEdit[]) => {
    sent.push(edits);
    return new Promise<Screen>((resolve) => answers.push(resolve));
  };
  return { sent, answers, send };
}

describe("the page's view of the document", () => {
  it("shows a typed value at once and sends it with its field path as key", () => {
    const core = fakeCore();
    const doc = new AgreementDocument(screen(agreement()), core.send, () => {}, () => {});
    doc.set("meta.title", "Ny");
    expect(doc.agreement.meta.title).toBe("Ny");
    expect(core.sent).toEqual([[{ edit: { op: "set", path: "meta.title", value: "Ny" }, key: "meta.title" }]]);
  });

  it("keeps one request in flight and sends what was typed meanwhile together, in order", async () => {
    const core = fakeCore();
    const doc = new AgreementDocument(screen(agreement()), core.send, () => {}, () => {});
    doc.set("meta.title", "N");
    doc.set("meta.title", "Ny");
    doc.move("sections", 0, 0);
    expect(core.sent.length).toBe(1);
    core.answers[0]?.(screen(undefined, true));
    await Promise.resolve();
    await Promise.resolve();
    expect(core.sent.length).toBe(2);
    expect(core.sent[1]?.map((e) => e.edit.op)).toEqual(["set", "move"]);
    core.answers[1]?.(screen(agreement("Ny"), true));
    await doc.settled();
    expect(doc.unsaved).toBe(true);
    expect(doc.canUndo).toBe(true);
  });

  it("takes the core's agreement and shows values typed since on top of it", async () => {
    const core = fakeCore();
    const doc = new AgreementDocument(screen(agreement()), core.send, () => {}, () => {});
    doc.insert("sections", 1, { id: "ny", title: "Ny del" });
    doc.set("meta.county", "Vestland");
    const after = agreement();
    after.sections.push({ id: "ny", title: "Ny del" });
    core.answers[0]?.(screen(after, true));
    await Promise.resolve();
    await Promise.resolve();
    expect(doc.agreement.sections.length).toBe(2);
    expect(doc.agreement.meta.county).toBe("Vestland");
  });

  it("reports a failed request and goes on with the next", async () => {
    let failures = 0;
    let calls = 0;
    const send = () => (calls++ === 0 ? Promise.reject(new Error("nei")) : Promise.resolve(screen()));
    const doc = new AgreementDocument(screen(agreement()), send, () => {}, () => (failures += 1));
    doc.set("meta.title", "A");
    await doc.settled();
    doc.set("meta.title", "B");
    await doc.settled();
    expect(failures).toBe(1);
    expect(calls).toBe(2);
  });

  it("sends edits made together in one request under one key, values shown at once", async () => {
    const core = fakeCore();
    const doc = new AgreementDocument(screen(agreement()), core.send, () => {}, () => {});
    const done = doc.together("paste", [
      { op: "set", path: "sections[0].title", value: "Første" },
      { op: "insert", path: "sections", index: 1, value: { id: "b", title: "Andre" } },
      { op: "insert", path: "sections", index: 2, value: { id: "c", title: "Tredje" } },
    ]);
    expect(doc.agreement.sections[0]?.title).toBe("Første");
    expect(core.sent.length).toBe(1);
    expect(core.sent[0]?.map((e) => [e.edit.op, e.key])).toEqual([
      ["set", "paste"],
      ["insert", "paste"],
      ["insert", "paste"],
    ]);
    core.answers[0]?.(screen(agreement(), true));
    await done;
    expect(doc.canUndo).toBe(true);
  });
});
