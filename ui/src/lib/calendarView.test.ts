import { describe, expect, it } from "vitest";
import { byMonth, meetingKey } from "./calendarView";

describe("calendar view helpers", () => {
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

  it("keys two regions' meetings of one body on one day apart", () => {
    const a = meetingKey({ date: "2027-03-02", body: 1, name: "Lokal arena", region: "Nord" });
    const b = meetingKey({ date: "2027-03-02", body: 1, name: "Lokal arena", region: "Sør" });
    const plain = meetingKey({ date: "2027-03-02", body: 1, name: "Lokal arena" });
    expect(new Set([a, b, plain]).size).toBe(3);
  });
});
