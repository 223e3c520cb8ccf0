import { describe, expect, it } from "vitest";
import { PeriodChange, samePeriod } from "./periodChange";

const p = (from: string, to?: string) => (to === undefined ? { from } : { from, to });

describe("a change of the period", () => {
  it("is the period from when the fields were entered to when they were left", () => {
    const change = new PeriodChange();
    change.enter(p("2027-01-01", "2030-12-31"), null);
    // Moving between the two fields is one change.
    change.enter(p("2021-01-01", "2030-12-31"), null);
    expect(change.leave(p("2021-01-01", "2024-12-31"))).toEqual(p("2027-01-01", "2030-12-31"));
    // Left without a change: nothing to offer.
    change.enter(p("2021-01-01", "2024-12-31"), null);
    expect(change.leave(p("2021-01-01", "2024-12-31"))).toBeNull();
  });

  it("goes on from an offer not yet answered", () => {
    const change = new PeriodChange();
    change.enter(p("2021-01-01", "2030-12-31"), p("2027-01-01", "2030-12-31"));
    expect(change.leave(p("2021-01-01", "2024-12-31"))).toEqual(p("2027-01-01", "2030-12-31"));
  });

  it("tells an open end from an end", () => {
    expect(samePeriod(p("2027-01-01"), p("2027-01-01", "2030-12-31"))).toBe(false);
    expect(samePeriod(p("2027-01-01"), { from: "2027-01-01", to: undefined })).toBe(true);
  });
});
