import { describe, expect, it } from "vitest";
import { dayOfMonth, decimal, hours, lix, percent, longDate, numericDate, parseDecimal, parseNumber, parseNumericDate } from "./format";

const NBSP = "\u00a0";

describe("numbers for a person to read", () => {
  it("write a decimal comma in Norwegian and a point in English", () => {
    expect(decimal(1.5, "nb")).toBe("1,5");
    expect(decimal(1.5, "nn")).toBe("1,5");
    expect(decimal(1.5, "en")).toBe("1.5");
    expect(decimal(1.25, "nb")).toBe("1,25");
    expect(decimal(2, "nb")).toBe("2");
    expect(decimal(0, "nb")).toBe("0");
  });

  it("group thousands with a no-break space from four digits on, as the agreement does", () => {
    expect(decimal(900, "nb")).toBe("900");
    expect(decimal(1250, "nb")).toBe(`1${NBSP}250`);
    expect(decimal(1_250_000, "nb")).toBe(`1${NBSP}250${NBSP}000`);
    expect(decimal(12_345.5, "nb")).toBe(`12${NBSP}345,5`);
    expect(decimal(250_000, "en")).toBe(`250${NBSP}000`);
  });

  it("round to the decimals asked for", () => {
    expect(decimal(7.25, "nb", 1)).toBe("7,3");
    expect(decimal(7.04, "nb", 1)).toBe("7");
    expect(decimal(-1.5, "nb")).toBe("−1,5");
  });

  it("write hours with at most one decimal", () => {
    expect(hours(7.25, "nb")).toBe("7,3");
    expect(hours(10, "nn")).toBe("10");
    expect(hours(1.5, "en")).toBe("1.5");
  });
});

describe("shares and indexes for a person to read", () => {
  it("write per cent with a no-break space before the sign in Norwegian, none in English", () => {
    expect(percent(0.25, "nb")).toBe(`25${NBSP}%`);
    expect(percent(0.125, "nn")).toBe(`13${NBSP}%`);
    expect(percent(0, "nb")).toBe(`0${NBSP}%`);
    expect(percent(0.25, "en")).toBe("25%");
    expect(percent(undefined, "nb")).toBe("–");
  });

  it("write a readability index as a whole number", () => {
    expect(lix(42.6)).toBe("43");
    expect(lix(undefined)).toBe("–");
  });
});

describe("numbers as a person types them", () => {
  it("take a decimal comma or a decimal point", () => {
    expect(parseDecimal("1,5")).toBe(1.5);
    expect(parseDecimal("1.5")).toBe(1.5);
    expect(parseDecimal(" 2 ")).toBe(2);
    expect(parseDecimal(",5")).toBe(0.5);
    expect(parseDecimal("1,")).toBe(1);
    expect(parseDecimal("0")).toBe(0);
  });

  it("take thousands grouped with spaces, or not grouped", () => {
    expect(parseDecimal("25 000")).toBe(25_000);
    expect(parseDecimal(`1${NBSP}250${NBSP}000`)).toBe(1_250_000);
    expect(parseDecimal("1\u202f250")).toBe(1250);
    expect(parseDecimal("25000")).toBe(25_000);
    expect(parseDecimal("12 345,5")).toBe(12_345.5);
  });

  it("refuse what is not a number of zero or more", () => {
    for (const text of ["", " ", ",", "abc", "1,5,5", "1.5.5", "1 5", "12 34", "-1", "−1", "1e3", "1,5 timer"]) {
      expect(parseDecimal(text), text).toBeNull();
    }
  });

  it("read back every number as it is shown", () => {
    for (const n of [0, 1.5, 7.25, 1250, 1_250_000, 12_345.5]) {
      for (const locale of ["nb", "nn", "en"] as const) {
        expect(parseDecimal(decimal(n, locale))).toBe(n);
      }
    }
  });
});

describe("whole numbers where only they fit", () => {
  it("takes a whole number and refuses a fraction when asked for whole numbers", () => {
    expect(parseNumber("12", true)).toBe(12);
    expect(parseNumber("1,5", true)).toBeNull();
    expect(parseNumber("1,5", false)).toBe(1.5);
    expect(parseNumber("tolv", false)).toBeNull();
  });
});

describe("dates for a person to read", () => {
  it("write dates in running text in words", () => {
    expect(longDate("2026-12-01", "nb")).toBe("1. desember 2026");
    expect(longDate("2027-03-03", "nn")).toBe("3. mars 2027");
    expect(longDate("2026-12-01", "en")).toBe("1 December 2026");
  });

  it("leave what is not an ISO date as it is", () => {
    expect(longDate("snart", "nb")).toBe("snart");
    expect(numericDate("")).toBe("");
  });

  it("write the day of the month under its month", () => {
    expect(dayOfMonth("2027-03-03", "nb")).toBe("3.");
    expect(dayOfMonth("2027-03-13", "en")).toBe("13");
  });

  it("write and read dates the way date fields take them", () => {
    expect(numericDate("2026-12-01")).toBe("01.12.2026");
    expect(parseNumericDate("1.12.2026")).toBe("2026-12-01");
    expect(parseNumericDate(" 01.03.2027 ")).toBe("2027-03-01");
    expect(parseNumericDate("29.2.2028")).toBe("2028-02-29");
    for (const text of ["29.2.2027", "32.1.2027", "1.13.2027", "2027-03-01", "1.3.27", "1.3."]) {
      expect(parseNumericDate(text), text).toBeNull();
    }
  });
});
