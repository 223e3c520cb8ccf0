// Pure helpers for the meeting calendar view: a year's meetings by month. Dates and hours are
// written by lib/format.ts.

import type { ScheduledMeeting } from "./bindings/ScheduledMeeting";

/** A meeting's key in a list: a body held in regions can meet in two regions on one day. */
export function meetingKey(m: ScheduledMeeting): string {
  return `${m.date}-${m.body}-${m.region ?? ""}`;
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
