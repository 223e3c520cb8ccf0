import { describe, expect, it } from "vitest";
import type { Piece } from "./bindings/Piece";
import { grouped, joined, piecesFor, pointAt, textOf, type ProseNode } from "./prose";

const text = (value: string): ProseNode => ({ nodeType: 3, nodeName: "#text", nodeValue: value, childNodes: [] });
const element = (name: string, children: ProseNode[], written: string | null = null): ProseNode => ({
  nodeType: 1,
  nodeName: name,
  nodeValue: null,
  childNodes: children,
  getAttribute: (attr: string) => (attr === "data-written" ? written : null),
});

const pieces: Piece[] = [
  { kind: "text", text: "Målene skal være nådd innen " },
  { kind: "reference", written: "[[periodens slutt]]", value: "31. desember 2030", label: "Periodens siste dag" },
  { kind: "text", text: "." },
];

describe("prose pieces", () => {
  it("joins to the text the core cut", () => {
    expect(joined(pieces)).toBe("Målene skal være nådd innen [[periodens slutt]].");
  });

  it("shows the core's pieces only for the text they were cut from", () => {
    expect(piecesFor("Målene skal være nådd innen [[periodens slutt]].", pieces)).toBe(pieces);
    expect(piecesFor("Målene er nådd.", pieces)).toEqual([{ kind: "text", text: "Målene er nådd." }]);
    expect(piecesFor("", null)).toEqual([]);
  });

  it("reads chips back as their references and line breaks as newlines", () => {
    const root = element("DIV", [
      text("Innen "),
      element("SPAN", [text("31. desember 2030")], "[[periodens slutt]]"),
      text("."),
      element("BR", []),
      text("Neste linje"),
      element("DIV", [text("Ny blokk")]),
      element("DIV", [element("BR", [])]),
    ]);
    expect(textOf(root)).toBe("Innen [[periodens slutt]].\nNeste linje\nNy blokk\n\n");
  });

  it("finds a place in the text as a node and an offset, around a chip never inside it", () => {
    const words = text("Innen ");
    const chip = element("SPAN", [text("31. desember 2030")], "[[periodens slutt]]");
    const dot = text(".");
    const br = element("BR", []);
    const next = text("Neste");
    const root = element("DIV", [words, chip, dot, br, next]);
    // "Innen " is 6 units, the reference 19, "." 1, the line break 1.
    expect(pointAt(root, 2, false)).toEqual({ node: words, offset: 2 });
    expect(pointAt(root, 6, false)).toEqual({ before: chip });
    expect(pointAt(root, 25, true)).toEqual({ after: chip });
    expect(pointAt(root, 10, false)).toEqual({ before: chip });
    expect(pointAt(root, 10, true)).toEqual({ after: chip });
    expect(pointAt(root, 25, false)).toEqual({ node: dot, offset: 0 });
    expect(pointAt(root, 6, true)).toEqual({ node: words, offset: 6 });
    expect(pointAt(root, 27, false)).toEqual({ node: next, offset: 0 });
    expect(pointAt(root, 32, true)).toEqual({ node: next, offset: 5 });
    expect(pointAt(root, 99, true)).toEqual({ node: next, offset: 5 });
    expect(pointAt(element("DIV", []), 0, false)).toMatchObject({ offset: 0 });
  });

  it("groups the menu's choices in order", () => {
    const groups = grouped([
      { group: "Perioden", n: 1 },
      { group: "Perioden", n: 2 },
      { group: "Partene", n: 3 },
    ]);
    expect(groups.map((g) => [g.group, g.items.length])).toEqual([
      ["Perioden", 2],
      ["Partene", 1],
    ]);
  });
});
