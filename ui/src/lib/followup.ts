// The follow-up view's choices: the statuses and note kinds offered, where a reminder leads,
// and the periods a status report can be printed for. The core owns what is late and coming.

import type { IsoDate } from "./bindings/IsoDate";
import type { MeasureStatus } from "./bindings/MeasureStatus";
import type { NoteKind } from "./bindings/NoteKind";
import type { ReminderKind } from "./bindings/ReminderKind";
import type { Selection } from "./selection";

/** How many days ahead the follow-up view looks. */
export const FOLLOWUP_DAYS = 90;

/** A measure's statuses, in the order the core's picker offers them (`MeasureStatus::ALL`). */
export const MEASURE_STATUSES: readonly MeasureStatus[] = ["planlagt", "pagar", "ferdig", "forsinket", "stoppet"];

/** The kinds of note. */
export const NOTE_KINDS: readonly NoteKind[] = ["god_praksis", "beslutning"];

/** What a reminder leads to: the section it is about, the details or the parties; none for a contact. */
export function reminderTarget(kind: ReminderKind): Selection | null {
  if (kind === "notice_deadline" || kind === "period_ends") return { part: "details" };
  if ("evaluation" in kind) return { part: "section", id: kind.evaluation };
  if ("measure" in kind) return { part: "section", id: kind.measure.section };
  if ("report" in kind) return { part: "section", id: kind.report.section };
  if ("meeting" in kind) return { part: "section", id: kind.meeting.section };
  if ("signatory_changed" in kind) return { part: "parties" };
  return null;
}

/** A period a status report can be printed for: a tertial (1–3) of a year, or the whole year. */
export interface PrintPeriod {
  year: number;
  tertial: 1 | 2 | 3 | null;
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function tertial(year: number, n: 1 | 2 | 3): PrintPeriod {
  const first = (n - 1) * 4 + 1;
  const last = first + 3;
  return { year, tertial: n, from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/**
 * The periods offered on `today`, newest first: this year's tertials up to the current one,
 * this year, then last year's tertials and last year.
 */
export function printPeriods(today: IsoDate): PrintPeriod[] {
  const year = Number(today.slice(0, 4));
  const current = Math.floor((Number(today.slice(5, 7)) - 1) / 4) + 1;
  const out: PrintPeriod[] = [];
  for (const y of [year, year - 1]) {
    for (let n = y === year ? current : 3; n >= 1; n -= 1) out.push(tertial(y, n as 1 | 2 | 3));
    out.push({ year: y, tertial: null, from: `${y}-01-01`, to: `${y}-12-31` });
  }
  return out;
}
