import { describe, expect, it } from "vitest";
import { htmlTableRows, pastedRows, stripMarker, tableRows, textRows, withoutHeadings } from "./pasteList";

describe("list markers", () => {
  it("are taken off the start of a line", () => {
    expect(stripMarker("1. Flere fullfører")).toBe("Flere fullfører");
    expect(stripMarker("12) Færre står utenfor")).toBe("Færre står utenfor");
    expect(stripMarker("• Raskere tilbud")).toBe("Raskere tilbud");
    expect(stripMarker("·\tRaskere tilbud")).toBe("Raskere tilbud");
    expect(stripMarker("o\tUnderpunkt")).toBe("Underpunkt");
    expect(stripMarker("- Tiltak")).toBe("Tiltak");
    expect(stripMarker("– Tiltak")).toBe("Tiltak");
    expect(stripMarker("a) Første")).toBe("Første");
    expect(stripMarker("b. Andre")).toBe("Andre");
    expect(stripMarker("(3) Tredje")).toBe("Tredje");
    expect(stripMarker("  * Stjerne")).toBe("Stjerne");
  });

  it("leave text that only looks like one alone", () => {
    expect(stripMarker("1.5 millioner kroner")).toBe("1.5 millioner kroner");
    expect(stripMarker("2030 er målåret")).toBe("2030 er målåret");
    expect(stripMarker("A. Hansen leder")).toBe("A. Hansen leder");
    expect(stripMarker("-5 prosent")).toBe("-5 prosent");
    expect(stripMarker("også")).toBe("også");
  });
});

describe("plain text", () => {
  it("gives one row a line, trimmed, without empty lines or markers", () => {
    expect(textRows("1. Første\r\n\n  2. Andre  \n\n•\tTredje\n")).toEqual([["Første"], ["Andre"], ["Tredje"]]);
  });

  it("splits tab-separated lines into cells and keeps an empty cell in the middle", () => {
    expect(textRows("Mål\tIndikator\tMålverdi\nFærre ledige\t\t200\n")).toEqual([
      ["Mål", "Indikator", "Målverdi"],
      ["Færre ledige", "", "200"],
    ]);
  });

  it("drops empty cells at the end of a row and rows of empty cells", () => {
    expect(textRows("Et mål\t\t\n\t\t\n")).toEqual([["Et mål"]]);
  });

  it("keeps a leading empty cell and does not take a marker after it", () => {
    expect(textRows("\t- minus\tx")).toEqual([["", "- minus", "x"]]);
  });
});

/** A table as the DOM gives it, from rows of cell texts. */
function table(rows: (string | null)[][]): Parameters<typeof tableRows>[0] {
  return { rows: rows.map((cells) => ({ cells: cells.map((textContent) => ({ textContent })) })) };
}

describe("tables", () => {
  it("give their cells' text, run together and trimmed, the first without a marker", () => {
    expect(
      tableRows(
        table([
          ["1.  Flere\n fullfører ", "Andel\u00a0elever", " fem prosentpoeng"],
          ["", "", null],
          ["Færre utenfor", null, "200"],
        ]),
      ),
    ).toEqual([
      ["Flere fullfører", "Andel elever", "fem prosentpoeng"],
      ["Færre utenfor", "", "200"],
    ]);
  });

  it("are read from HTML with the parser given, or found missing", () => {
    const parsed: string[] = [];
    const fake = {
      parseFromString(html: string) {
        parsed.push(html);
        return { querySelector: () => null };
      },
    } as unknown as DOMParser;
    expect(htmlTableRows("<p>Bare tekst</p>", fake)).toBeNull();
    expect(parsed).toEqual(["<p>Bare tekst</p>"]);
  });
});

describe("a paste", () => {
  const parse = () => [["Fra tabellen", "A"], ["To", "B"]];

  it("takes an HTML table over the plain text", () => {
    expect(pastedRows("Fra teksten", "<table><tr><td>x</td></tr></table>", parse)).toEqual(parse());
  });

  it("takes the plain text when the HTML holds no table", () => {
    expect(pastedRows("En\nTo", "<p>En</p><p>To</p>", parse)).toEqual([["En"], ["To"]]);
    expect(pastedRows("En\nTo", "<div>no table</div>", () => null)).toEqual([["En"], ["To"]]);
  });

  it("is left to the field when it is one cell of text or nothing", () => {
    expect(pastedRows("Bare ett mål", "", parse)).toBeNull();
    expect(pastedRows("  \n\n", "", parse)).toBeNull();
    expect(pastedRows("• Ett mål\n", "", parse)).toBeNull();
  });

  it("of one line with tabs fills the row's columns", () => {
    expect(pastedRows("Mål\tIndikator", "", parse)).toEqual([["Mål", "Indikator"]]);
  });

  it("drops a first row that repeats the column headings", () => {
    const rows = [["mål", "Indikator"], ["Færre ledige", "Antall"]];
    expect(withoutHeadings(rows, ["Mål", "Indikator", "Målverdi"])).toEqual([["Færre ledige", "Antall"]]);
    expect(withoutHeadings([["Færre ledige"]], ["Mål"])).toEqual([["Færre ledige"]]);
    expect(withoutHeadings([["Mål", "x"]], ["Mål"])).toEqual([["Mål", "x"]]);
  });
});
