import { describe, expect, it } from "vitest";
import { byMonth, hours, shortDate } from "./calendarView";

describe("calendar view helpers", () => {
  it("writes dates with the month's short name", () => {
    expect(shortDate("2027-03-03", "nb")).toBe("3. mar 2027");
    expect(shortDate("2026-12-01", "en")).toBe("1. Dec 2026");
  });

  it("groups a year's meetings by month in date order", () => {
    const months = byMonth([
      { date: "2027-10-13", body: 0, name: "B" },
      { date: "2027-03-10", body: 1, name: "A" },
      { date: "2027-03-02", body: 0, name: "C" },
    ]);
    expect(months).toHaveLength(12);
    expect(months[2]?.map((m) => m.name)).toEqual(["C", "A"]);
    expect(months[9]?.map((m) => m.name)).toEqual(["B"]);
    expect(months[0]).toEqual([]);
  });

  it("writes hours with a decimal comma in Norwegian", () => {
    expect(hours(7.25, "nb")).toBe("7,3");
    expect(hours(10, "nn")).toBe("10");
    expect(hours(1.5, "en")).toBe("1.5");
  });
});
