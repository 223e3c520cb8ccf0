// Numbers and dates as a person reads and types them: the Norwegian way in bokmål and nynorsk
// (1,5 timer; 1. desember 2026; 01.12.2026; 25 000), the English way in English. The one place
// the app formats them; the words and patterns come from the message catalogue. Moments (a
// revision's time) come from the core in words (`messages::date_time`), not from here.

import type { IsoDate } from "./bindings/IsoDate";
import { t, tf, type Locale, type MessageKey } from "./i18n";

const NBSP = "\u00a0";
const decimalMark: Record<Locale, string> = { nb: ",", nn: ",", en: "." };

/**
 * A number as text: "1,5", "7", "25 000" ("1.5" in English). Thousands are grouped with a
 * no-break space from four digits on, as the core writes amounts in the agreement. With
 * `maxDecimals`, rounded to at most that many decimals; without, every decimal is kept.
 */
export function decimal(value: number, locale: Locale, maxDecimals?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = maxDecimals === undefined ? value : Math.round(value * 10 ** maxDecimals) / 10 ** maxDecimals;
  const text = String(Math.abs(rounded));
  // Very large and very small numbers come out in exponent form; they are left as they are.
  if (/e/i.test(text)) return String(rounded);
  const [whole = "", fraction] = text.split(".");
  const sign = rounded < 0 ? "−" : "";
  return sign + groupThousands(whole) + (fraction ? decimalMark[locale] + fraction : "");
}

function groupThousands(digits: string): string {
  if (digits.length < 4) return digits;
  let out = "";
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += NBSP;
    out += digits[i];
  }
  return out;
}

/** A share (0–1) in whole per cent: "25 %" ("25%" in English); a dash when there is none. */
export function percent(share: number | undefined, locale: Locale): string {
  return share === undefined ? "–" : tf("percent", locale, { n: Math.round(share * 100) });
}

/** A readability index (LIX) as a whole number; a dash when the text is too short for one. */
export function lix(value: number | undefined): string {
  return value === undefined ? "–" : String(Math.round(value));
}

/** Hours with at most one decimal: "7,5" ("7.5" in English). */
export function hours(value: number, locale: Locale): string {
  return decimal(value, locale, 1);
}

/**
 * The number in what a person typed, or null when it is not one: a decimal comma or point
 * ("1,5" and "1.5" are both 1.5, whatever the language), thousands grouped with spaces or not
 * ("25 000", "25000"). Only numbers of zero or more: every number the agreement holds is a
 * count, an amount or a length.
 */
export function parseDecimal(text: string): number | null {
  const m = /^\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(?:[.,](\d*))?\s*$/.exec(text);
  if (!m) return null;
  const whole = (m[1] ?? "").replace(/[ \u00a0\u202f]/g, "");
  const fraction = m[2] ?? "";
  if (whole === "" && fraction === "") return null;
  const value = Number(`${whole || "0"}.${fraction || "0"}`);
  return Number.isFinite(value) ? value : null;
}

/** A number as the reader writes it, or null; with `integer`, whole numbers only. */
export function parseNumber(text: string, integer: boolean): number | null {
  const n = parseDecimal(text);
  return n !== null && (!integer || Number.isInteger(n)) ? n : null;
}

function parts(iso: IsoDate): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** The months' names as a date writes them ("1. desember 2026"), January first. */
export const monthNames: MessageKey[] = [
  "month-name-1", "month-name-2", "month-name-3", "month-name-4", "month-name-5", "month-name-6",
  "month-name-7", "month-name-8", "month-name-9", "month-name-10", "month-name-11", "month-name-12",
];

/** The months' names as a heading or a choice writes them, January first. */
export const monthHeadings: MessageKey[] = [
  "month1", "month2", "month3", "month4", "month-name-5", "month6",
  "month7", "month8", "month9", "month10", "month11", "month12",
];

/** A date in running text: "1. desember 2026" ("1 December 2026" in English). */
export function longDate(iso: IsoDate, locale: Locale): string {
  const p = parts(iso);
  if (!p) return iso;
  const [year, month, day] = p;
  // The year is a name, not a quantity: given as text, never grouped.
  return tf("date-long", locale, { day, month: t(monthNames[month - 1] ?? "month-name-1", locale), year: String(year) });
}

/** The day of the month under its month's heading: "3." ("3" in English). */
export function dayOfMonth(iso: IsoDate, locale: Locale): string {
  const p = parts(iso);
  return p ? tf("dayOfMonth", locale, { day: p[2] }) : iso;
}

/** A date as typed in a date field: "01.12.2026" from "2026-12-01". */
export function numericDate(iso: IsoDate): string {
  const p = parts(iso);
  if (!p) return iso;
  const [year, month, day] = p;
  return `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
}

/** The ISO date in a date typed as `d.m.yyyy` ("1.3.2027", "01.03.2027"), or null. */
export function parseNumericDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
