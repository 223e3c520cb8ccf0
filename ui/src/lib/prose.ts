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

/** What one node adds to an edited element's text: a text node its words, a chip its reference, a line break or a block's start a newline. */
export interface ProseAtom {
  readonly text: string;
  readonly node: ProseNode;
  /** A chip, a line break or a block's start: a cursor is before or after it, never inside. */
  readonly whole: boolean;
}

/**
 * The text an edited element holds, node by node: text as typed, a chip as its reference, a
 * line break as a newline, and a block the browser made for a new line as a newline before it.
 */
export function proseAtoms(root: ProseNode): ProseAtom[] {
  const out: ProseAtom[] = [];
  let text = "";
  const add = (atom: ProseAtom): void => {
    out.push(atom);
    text += atom.text;
  };
  const walk = (parent: ProseNode): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === TEXT_NODE) {
        add({ text: node.nodeValue ?? "", node, whole: false });
      } else if (node.nodeType === ELEMENT_NODE) {
        const written = node.getAttribute?.("data-written") ?? null;
        if (written !== null) {
          add({ text: written, node, whole: true });
        } else if (node.nodeName === "BR") {
          add({ text: "\n", node, whole: true });
        } else if (node.nodeName === "DIV" || node.nodeName === "P") {
          if (text !== "" && !text.endsWith("\n")) add({ text: "\n", node, whole: true });
          walk(node);
        } else {
          walk(node);
        }
      }
    }
  };
  walk(root);
  return out;
}

/** The text an edited element holds (see {@link proseAtoms}). */
export function textOf(root: ProseNode): string {
  return proseAtoms(root)
    .map((a) => a.text)
    .join("");
}

/** A place in an edited element: inside a text node, or before or after a node. */
export type ProsePoint =
  | { readonly node: ProseNode; readonly offset: number }
  | { readonly before: ProseNode }
  | { readonly after: ProseNode };

/**
 * Where offset `at` (UTF-16 units of {@link textOf}) of an edited element lies: the start of
 * a selection (`end` false) lands before a chip it falls in, the end after it. Past the end
 * it is after the last node; an empty element gives its own start.
 */
export function pointAt(root: ProseNode, at: number, end: boolean): ProsePoint {
  let pos = 0;
  const atoms = proseAtoms(root);
  for (const atom of atoms) {
    const next = pos + atom.text.length;
    const inside = end ? at > pos && at <= next : at >= pos && at < next;
    if (inside) {
      if (!atom.whole) return { node: atom.node, offset: at - pos };
      return end ? { after: atom.node } : { before: atom.node };
    }
    pos = next;
  }
  const last = atoms[atoms.length - 1];
  if (!last) return { node: root, offset: 0 };
  return last.whole ? { after: last.node } : { node: last.node, offset: last.text.length };
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
