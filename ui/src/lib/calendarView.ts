// Pure helpers for the meeting calendar view: dates in words and a year's meetings by month.

import type { IsoDate } from "./bindings/IsoDate";
import type { ScheduledMeeting } from "./bindings/ScheduledMeeting";
import { t, type Locale, type MessageKey } from "./i18n";

/** "3. mar 2027" from "2027-03-03". */
export function shortDate(iso: IsoDate, locale: Locale): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d}. ${t(`month${m}` as MessageKey, locale)} ${y}`;
}

/** The twelve months of a year, each with its meetings in date order. */
export function byMonth(meetings: ScheduledMeeting[]): ScheduledMeeting[][] {
  const months: ScheduledMeeting[][] = Array.from({ length: 12 }, () => []);
  for (const m of meetings) {
    const month = Number(m.date.slice(5, 7));
    months[month - 1]?.push(m);
  }
  for (const list of months) list.sort((a, b) => a.date.localeCompare(b.date));
  return months;
}

/** Hours with at most one decimal, the Norwegian way: "7,5". */
export function hours(value: number, locale: Locale): string {
  const rounded = Math.round(value * 10) / 10;
  const text = String(rounded);
  return locale === "en" ? text : text.replace(".", ",");
}
