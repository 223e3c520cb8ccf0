import { describe, expect, it } from "vitest";
import { clauseForms, glossaryField, partyFields, referenceFields, type Field } from "./clauseForms";
import { cellKey, cellTypes, cellValue, isBlankItem, tableParts, type CellKey, type ListField } from "./listTable";

function lists(fields: Field[]): ListField[] {
  return fields.flatMap((f): ListField[] => {
    if (f.type === "list") return [f, ...lists(f.item)];
    if (f.type === "object") return lists(f.fields);
    return [];
  });
}

const everyList = lists([...Object.values(clauseForms), ...partyFields, glossaryField, ...referenceFields]);

describe("the tables' columns", () => {
  it("are fields of the item, of a type a cell edits, at least one", () => {
    for (const list of everyList) {
      const { columns } = tableParts(list);
      expect(columns.map((c) => c.key), list.key).toEqual(list.columns);
      expect(columns.length, list.key).toBeGreaterThan(0);
      for (const column of columns) expect(cellTypes, `${list.key}.${column.key}`).toContain(column.type);
    }
  });

  it("leave every other field to the row's more", () => {
    const goals = tableParts(clauseForms.goals as ListField);
    expect(goals.columns.map((c) => c.key)).toEqual(["goal", "indicator", "target", "deadline", "responsible"]);
    // What a goal is followed up against stays behind the row's more.
    expect(goals.more.map((c) => c.key)).toEqual(["baseline", "source", "kind", "shared"]);
    const meetings = tableParts(clauseForms.meetings as ListField);
    expect(meetings.columns.map((c) => c.key)).toEqual(["name", "level"]);
    expect(meetings.more.map((c) => c.key)).toEqual(["purpose", "members", "chair", "cadence", "hours", "regions", "agenda", "minutes"]);
  });

  it("cover every list in the forms", () => {
    expect(everyList.map((l) => l.key).sort()).toEqual(
      ["annexes", "boundaries", "contacts", "finances", "glossary", "goals", "measures", "meetings", "members", "members", "references", "reporting", "roles", "steps", "target_groups", "tasks"].sort(),
    );
  });
});

describe("an empty row", () => {
  it("holds nothing but empty values or what a new item starts with", () => {
    expect(isBlankItem({ goal: "" }, { goal: "" })).toBe(true);
    expect(isBlankItem({ goal: "  ", indicator: undefined, support: [] }, { goal: "" })).toBe(true);
    expect(isBlankItem({ task: "", responsible: "fk" }, { task: "", responsible: "fk" })).toBe(true);
    expect(isBlankItem({ name: "", age: { from: 15, to: 21 } }, { name: "" })).toBe(false);
    expect(isBlankItem({ goal: "Et mål" }, { goal: "" })).toBe(false);
    expect(isBlankItem({ task: "", responsible: "nav" }, { task: "", responsible: "fk" })).toBe(false);
    expect(isBlankItem({ personal_data: false }, {})).toBe(false);
  });
});

describe("keys in a cell", () => {
  const key = (k: string, more: Partial<CellKey> = {}): CellKey => ({ key: k, ctrl: false, shift: false, alt: false, multiline: false, empty: false, ...more });
  const at = (row: number, col: number) => ({ row, col, rows: 3, cols: 4 });

  it("Enter in the last column goes to the next row's first cell, or adds a row after the last", () => {
    expect(cellKey(key("Enter"), at(0, 3))).toEqual({ kind: "focus", row: 1, col: 0 });
    expect(cellKey(key("Enter"), at(2, 3))).toEqual({ kind: "add" });
    expect(cellKey(key("Enter"), at(2, 1))).toBeNull();
    expect(cellKey(key("Enter", { shift: true }), at(2, 3))).toBeNull();
  });

  it("Enter makes a new line in a text area; Ctrl+Enter goes on from there", () => {
    expect(cellKey(key("Enter", { multiline: true }), at(2, 3))).toBeNull();
    expect(cellKey(key("Enter", { multiline: true, ctrl: true }), at(2, 3))).toEqual({ kind: "add" });
    expect(cellKey(key("Enter", { ctrl: true }), at(2, 3))).toBeNull();
  });

  it("Ctrl+Up and Ctrl+Down move the row and keep the column, not past the ends", () => {
    expect(cellKey(key("ArrowDown", { ctrl: true }), at(0, 2))).toEqual({ kind: "move", from: 0, to: 1, col: 2 });
    expect(cellKey(key("ArrowUp", { ctrl: true }), at(2, 1))).toEqual({ kind: "move", from: 2, to: 1, col: 1 });
    expect(cellKey(key("ArrowUp", { ctrl: true }), at(0, 1))).toBeNull();
    expect(cellKey(key("ArrowDown", { ctrl: true }), at(2, 1))).toBeNull();
    expect(cellKey(key("ArrowDown"), at(0, 1))).toBeNull();
  });

  it("Delete or Backspace in an empty row removes it and goes to the row above", () => {
    expect(cellKey(key("Delete", { empty: true }), at(2, 1))).toEqual({ kind: "remove", row: 2, then: { row: 1, col: 1 } });
    expect(cellKey(key("Backspace", { empty: true }), at(0, 0))).toEqual({ kind: "remove", row: 0, then: { row: 0, col: 0 } });
    expect(cellKey(key("Delete", { empty: true }), { row: 0, col: 0, rows: 1, cols: 2 })).toEqual({ kind: "remove", row: 0, then: null });
    expect(cellKey(key("Delete"), at(2, 1))).toBeNull();
    expect(cellKey(key("Backspace", { empty: true, ctrl: true }), at(2, 1))).toBeNull();
  });
});

describe("a pasted cell", () => {
  const parties = [
    { id: "nav", organisation: "Nav Vestland" },
    { id: "fk", organisation: "Vestland fylkeskommune", unit: "Oppfølgingstjenesten" },
  ];
  const name = (key: string) => ({ "level-strategisk": "Strategisk", "level-operativ": "Operativ" })[key] ?? key;
  const goals = clauseForms.goals as ListField;
  const column = (list: ListField, key: string) => list.item.find((f) => f.key === key) as Field;

  it("is text as it stands in a text column", () => {
    expect(cellValue(column(goals, "goal"), " Flere fullfører ", parties, name)).toBe("Flere fullfører");
    expect(cellValue(column(goals, "goal"), "  ", parties, name)).toBeUndefined();
  });

  it("is a date written the Norwegian way or as ISO, else nothing", () => {
    expect(cellValue(column(goals, "deadline"), "30.11.2030", parties, name)).toBe("2030-11-30");
    expect(cellValue(column(goals, "deadline"), "2030-11-30", parties, name)).toBe("2030-11-30");
    expect(cellValue(column(goals, "deadline"), "2030-02-30", parties, name)).toBeUndefined();
    expect(cellValue(column(goals, "deadline"), "snart", parties, name)).toBeUndefined();
  });

  it("names a party by its id, organisation or unit", () => {
    expect(cellValue(column(goals, "responsible"), "nav vestland", parties, name)).toBe("nav");
    expect(cellValue(column(goals, "responsible"), "Oppfølgingstjenesten", parties, name)).toBe("fk");
    expect(cellValue(column(goals, "responsible"), "fk", parties, name)).toBe("fk");
    expect(cellValue(column(goals, "responsible"), "Kommunen", parties, name)).toBeUndefined();
  });

  it("chooses an option by its value or its shown name, and reads numbers", () => {
    const meetings = clauseForms.meetings as ListField;
    expect(cellValue(column(meetings, "level"), "strategisk", parties, name)).toBe("strategisk");
    expect(cellValue(column(meetings, "level"), "Operativ", parties, name)).toBe("operativ");
    expect(cellValue(column(meetings, "level"), "Taktisk", parties, name)).toBeUndefined();
    const finances = clauseForms.finances as ListField;
    expect(cellValue(column(finances, "amount_nok"), "25 000", parties, name)).toBe(25000);
    expect(cellValue(column(finances, "amount_nok"), "2,5", parties, name)).toBeUndefined();
  });
});
