import { describe, expect, it } from "vitest";
import { printPeriods, reminderTarget } from "./followup";

describe("printPeriods", () => {
  it("offers this year's tertials up to the current one, newest first, then the years", () => {
    const periods = printPeriods("2026-12-07");
    expect(periods.map((p) => [p.year, p.tertial])).toEqual([
      [2026, 3],
      [2026, 2],
      [2026, 1],
      [2026, null],
      [2025, 3],
      [2025, 2],
      [2025, 1],
      [2025, null],
    ]);
    expect(periods[0]).toMatchObject({ from: "2026-09-01", to: "2026-12-31" });
    expect(periods[3]).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("ends the first tertial with April and knows leap years only matter for February", () => {
    const periods = printPeriods("2028-02-29");
    expect(periods[0]).toMatchObject({ tertial: 1, from: "2028-01-01", to: "2028-04-30" });
    expect(periods[1]).toMatchObject({ tertial: null, year: 2028 });
    expect(periods[3]).toMatchObject({ tertial: 2, from: "2027-05-01", to: "2027-08-31" });
  });
});

describe("reminderTarget", () => {
  it("leads a measure, report or evaluation to its section and the period to the details", () => {
    expect(reminderTarget({ measure: { section: "s1", measure: "Kurs" } })).toEqual({ part: "section", id: "s1" });
    expect(reminderTarget({ report: { section: "s2", report: "Årsrapport" } })).toEqual({ part: "section", id: "s2" });
    expect(reminderTarget({ evaluation: "s3" })).toEqual({ part: "section", id: "s3" });
    expect(reminderTarget("period_ends")).toEqual({ part: "details" });
    expect(reminderTarget({ contact_unconfirmed: { name: "Kari" } })).toBeNull();
  });
});
