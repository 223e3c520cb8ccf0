// The prose editor's text: what the page shows for a section's text (words, and live
// references as chips showing their values, as the core cut it) and the text it sends back
// (each chip as the reference it stands for). The core owns what references mean and show;
// this only joins and splits.

import type { Piece } from "./bindings/Piece";

/** The text the pieces stand for: every reference exactly as the text has it. */
export function joined(pieces: Piece[]): string {
  return pieces.map((p) => (p.kind === "text" ? p.text : p.written)).join("");
}

/**
 * What to show for a text: the core's pieces when they are of this very text, else the text
 * as words (the core's cut of it has not come back yet, or it has no references).
 */
export function piecesFor(text: string, pieces: Piece[] | null | undefined): Piece[] {
  if (pieces && joined(pieces) === text) return pieces;
  return text === "" ? [] : [{ kind: "text", text }];
}

/** The part of a DOM node the editor reads back; a plain object in tests. */
export interface ProseNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<ProseNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text an edited element holds: text as typed, a chip as its reference, a line break as
 * a newline, and a block the browser made for a new line as a newline before it.
 */
export function textOf(root: ProseNode): string {
  let out = "";
  const nodes = Array.from(root.childNodes);
  for (const node of nodes) {
    if (node.nodeType === TEXT_NODE) {
      out += node.nodeValue ?? "";
    } else if (node.nodeType === ELEMENT_NODE) {
      const written = node.getAttribute?.("data-written") ?? null;
      if (written !== null) {
        out += written;
      } else if (node.nodeName === "BR") {
        out += "\n";
      } else if (node.nodeName === "DIV" || node.nodeName === "P") {
        if (out !== "" && !out.endsWith("\n")) out += "\n";
        const inner = textOf(node);
        // An empty line the browser keeps as <div><br></div> is one newline.
        out += inner === "\n" ? "" : inner;
        if (inner === "\n") out += "\n";
      } else {
        out += textOf(node);
      }
    }
  }
  return out;
}

/** The choices grouped for the menu, in the order the core gives them. */
export function grouped<T extends { group: string }>(choices: T[]): { group: string; items: T[] }[] {
  const groups: { group: string; items: T[] }[] = [];
  for (const choice of choices) {
    const last = groups[groups.length - 1];
    if (last && last.group === choice.group) last.items.push(choice);
    else groups.push({ group: choice.group, items: [choice] });
  }
  return groups;
}
