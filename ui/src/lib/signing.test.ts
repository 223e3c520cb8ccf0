import { describe, expect, it } from "vitest";
import { BackendError } from "./backend";
import { has, t } from "./i18n";
import { openErrors, reasonKey, reasonKinds, revisionReason, signingDrafts, signings } from "./signing";

describe("a revision's reason", () => {
  it("is none until a kind is chosen, and carries words only when given", () => {
    expect(revisionReason("", "etter evalueringen")).toBeNull();
    expect(revisionReason("evaluering", "  ")).toEqual({ kind: "evaluering" });
    expect(revisionReason("annet", " ny leder i NAV Vestland ")).toEqual({ kind: "annet", text: "ny leder i NAV Vestland" });
  });

  it("names every kind in the catalogue", () => {
    for (const kind of reasonKinds) {
      expect(has(reasonKey(kind), "nb")).toBe(true);
    }
    expect(t(reasonKey("annet"), "nn")).toBe("Anna");
  });
});

describe("registering an agreement signed elsewhere", () => {
  it("asks for every signing party in the core's order, keeping what was typed", () => {
    const drafts = signingDrafts(["nav", "fk"], { fk: { date: "2025-01-10", place: "Bergen" }, gone: { date: null, place: "Oslo" } });
    expect(drafts).toEqual([
      { party: "nav", date: null, place: "" },
      { party: "fk", date: "2025-01-10", place: "Bergen" },
    ]);
  });

  it("sends the parties with a date, and leaves the rest for the core to name", () => {
    const sent = signings([
      { party: "nav", date: "2025-01-08", place: " Bergen " },
      { party: "fk", date: null, place: "Leikanger" },
      { party: "x", date: "2025-01-09", place: "" },
    ]);
    expect(sent).toEqual([
      { party: "nav", date: "2025-01-08", place: "Bergen" },
      { party: "x", date: "2025-01-09", place: "" },
    ]);
  });
});

describe("a status refused for the errors the checks find", () => {
  it("is offered for acceptance only when the core says so", () => {
    const refused = new BackendError("OpenErrors", "Avtalen kan ikke få statusen «Godkjent»: kontrollen finner 1 feil.");
    expect(openErrors(refused, "register")).toEqual({ action: "register", message: refused.message });
    expect(openErrors(new BackendError("Workflow", "nei"), "commit")).toBeNull();
    expect(openErrors(new Error("nei"), "commit")).toBeNull();
  });
});
