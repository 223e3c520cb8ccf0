// A list pasted into a table: plain lines, tab-separated text (a spreadsheet, a Word table as
// plain text) or an HTML table (Word, a spreadsheet, a web page) made into rows of cells.
// Pure: the HTML is parsed into a detached document by DOMParser and read as text, never put
// into the page.

/**
 * A list marker Word or an e-mail leaves at the start of a line: a bullet ("•", "-", "–", "*",
 * "·", "o" before a tab), a number ("1.", "12)", "(3)") or a letter ("a)", "b.", "(c)", "A)").
 * A capital followed by a full stop is left alone: it is more often an initial ("A. Hansen").
 */
const marker = /^[ \u00a0]*(?:[•◦▪▫‣⁃∙·●○■□►➢✓\-–—*]|o(?=\t)|\(?\d{1,3}[.)]|\(?[a-z][.)]|\(?[A-Z]\)|\([A-Z]\.)(?:\s+|$)/;

/** The line without a list marker at its start. */
export function stripMarker(line: string): string {
  return line.replace(marker, "");
}

/** Whitespace run together and trimmed (line breaks, non-breaking spaces). */
function tidy(cell: string): string {
  return cell.replace(/\s+/g, " ").trim();
}

/** Rows without the empty ones, each without empty cells at its end. */
function kept(rows: string[][]): string[][] {
  return rows
    .map((cells) => {
      const out = [...cells];
      while (out.length > 0 && out[out.length - 1] === "") out.pop();
      return out;
    })
    .filter((cells) => cells.length > 0);
}

/**
 * Plain text as rows: one a line, cells split at tabs; list markers at the start of a line
 * are dropped, cells trimmed, empty lines skipped.
 */
export function textRows(text: string): string[][] {
  return kept(text.split(/\r\n|\r|\n/).map((line) => stripMarker(line).split("\t").map(tidy)));
}

/** A table as a DOM gives it (an `HTMLTableElement`), reduced to what is read. */
export interface TableLike {
  rows: ArrayLike<{ cells: ArrayLike<{ textContent: string | null }> }>;
}

/** A table's rows of cell texts, tidied like lines of text (the first cell without a marker). */
export function tableRows(table: TableLike): string[][] {
  const rows: string[][] = [];
  for (const row of Array.from(table.rows)) {
    rows.push(Array.from(row.cells).map((cell, i) => tidy(i === 0 ? stripMarker(tidy(cell.textContent ?? "")) : (cell.textContent ?? ""))));
  }
  return kept(rows);
}

/**
 * The rows of the first table in an HTML fragment, or null when it holds none. Paragraphs and
 * line breaks inside a cell become spaces, so "Flere fullfører" split over two lines stays two
 * words.
 */
export function htmlTableRows(html: string, parser: DOMParser = new DOMParser()): string[][] | null {
  const parsed = parser.parseFromString(html, "text/html");
  const table = parsed.querySelector("table");
  if (!table) return null;
  for (const block of Array.from(table.querySelectorAll("p, div, li, br, td, th"))) {
    block.after(parsed.createTextNode(" "));
  }
  return tableRows(table);
}

/**
 * What a paste gives a table: the rows of an HTML table when the clipboard holds one, else the
 * plain text's lines and tabs. Null when it is one cell of text (or nothing), which the field
 * takes as an ordinary paste.
 */
export function pastedRows(text: string, html: string, parse: (html: string) => string[][] | null = htmlTableRows): string[][] | null {
  const rows = (html.includes("<table") ? parse(html) : null) ?? textRows(text);
  if (rows.length === 0) return null;
  if (rows.length === 1 && (rows[0]?.length ?? 0) <= 1) return null;
  return rows;
}

/** The rows without a first row that repeats the table's column headings (a spreadsheet's). */
export function withoutHeadings(rows: string[][], headings: string[]): string[][] {
  const first = rows[0];
  if (!first || first.length === 0) return rows;
  const same = first.every((cell, i) => headings[i] !== undefined && cell.toLowerCase() === headings[i].toLowerCase());
  return same ? rows.slice(1) : rows;
}
