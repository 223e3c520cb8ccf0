// The rules of a list shown as a table: which of an item's fields are columns, when a row is
// empty, what a key does in a cell, and what a pasted cell's text means in its column. Pure,
// so the table component only carries them out.

import type { Field } from "./clauseForms";
import { parseNumber, parseNumericDate } from "./format";

export type ListField = Extract<Field, { type: "list" }>;

/** The field types a table cell edits. */
export const cellTypes = ["text", "textarea", "date", "number", "select", "party"] as const;

/** A list's columns, in order, and the rest of an item's fields (behind each row's "more"). */
export function tableParts(field: ListField): { columns: Field[]; more: Field[] } {
  const columns = field.columns.flatMap((key) => field.item.filter((f) => f.key === key));
  return { columns, more: field.item.filter((f) => !field.columns.includes(f.key)) };
}

function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === "object") return Object.values(value).every(isEmptyValue);
  return false;
}

/**
 * Whether an item holds nothing the user wrote: each of its values is empty or what a new item
 * starts with (a new task's party is its role's).
 */
export function isBlankItem(item: unknown, blank: object): boolean {
  if (item === null || typeof item !== "object") return isEmptyValue(item);
  const fresh = blank as Record<string, unknown>;
  return Object.entries(item).every(
    ([key, value]) => isEmptyValue(value) || JSON.stringify(value) === JSON.stringify(fresh[key]),
  );
}

/** Where the cursor is: a cell of a table with `rows` rows and `cols` columns. */
export interface CellAt {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** A key pressed in a cell, with what matters about the cell. */
export interface CellKey {
  key: string;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** A text area, where Enter makes a new line (Ctrl+Enter does what Enter does elsewhere). */
  multiline: boolean;
  /** The row holds nothing and neither does the field the key was pressed in. */
  empty: boolean;
}

/** What a key in a cell does; null leaves it to the field. */
export type TableAction =
  | { kind: "add" }
  | { kind: "focus"; row: number; col: number }
  | { kind: "move"; from: number; to: number; col: number }
  | { kind: "remove"; row: number; then: { row: number; col: number } | null };

/**
 * Enter in the last column goes to the next row's first cell, adding a row after the last;
 * Ctrl+Up and Ctrl+Down move the row, the cursor staying in its cell; Delete or Backspace in an
 * empty row removes it and goes to the row above (the one below for the first row).
 */
export function cellKey(k: CellKey, at: CellAt): TableAction | null {
  if (k.key === "Enter" && !k.alt && !k.shift && k.ctrl === k.multiline) {
    if (at.col !== at.cols - 1) return null;
    return at.row === at.rows - 1 ? { kind: "add" } : { kind: "focus", row: at.row + 1, col: 0 };
  }
  if (k.ctrl && !k.alt && !k.shift && (k.key === "ArrowUp" || k.key === "ArrowDown")) {
    const to = k.key === "ArrowUp" ? at.row - 1 : at.row + 1;
    if (to < 0 || to >= at.rows) return null;
    return { kind: "move", from: at.row, to, col: at.col };
  }
  if ((k.key === "Delete" || k.key === "Backspace") && !k.ctrl && !k.alt && !k.shift && k.empty) {
    const then = at.row > 0 ? { row: at.row - 1, col: at.col } : at.rows > 1 ? { row: 0, col: at.col } : null;
    return { kind: "remove", row: at.row, then };
  }
  return null;
}

/** A party as a pasted cell may name it. */
export interface PartyName {
  id: string;
  organisation: string;
  unit?: string | null;
}

/**
 * What a pasted cell's text means in its column, or undefined when it means nothing there
 * (a date that is not one, a party the agreement does not have). `optionName` gives a select
 * option's shown name.
 */
export function cellValue(
  field: Field,
  text: string,
  parties: PartyName[],
  optionName: (key: Field["label"]) => string,
): unknown {
  const typed = text.trim();
  if (typed === "") return undefined;
  const same = (a: string | null | undefined) => a != null && a.trim().toLowerCase() === typed.toLowerCase();
  switch (field.type) {
    case "text":
    case "textarea":
      return typed;
    case "number":
      return parseNumber(typed, field.integer === true) ?? undefined;
    case "date":
      return parseNumericDate(typed) ?? (/^\d{4}-\d{2}-\d{2}$/.test(typed) && parseNumericDate(typed.split("-").reverse().join(".")) ? typed : undefined);
    case "select":
      return field.options.find(([value, key]) => same(value) || same(optionName(key)))?.[0];
    case "party":
      return parties.find((p) => same(p.id) || same(p.organisation) || same(p.unit))?.id;
    default:
      return undefined;
  }
}
