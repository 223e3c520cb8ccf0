// Follows the period while the user edits its fields, so the page can ask the core, once the
// fields are left, what moving the agreement's dates with the change would move. The period
// before a change stays the one to move from until the offer is answered: editing the fields
// again while it is open extends the same change.

import type { Period } from "./bindings/Period";

/** Whether two periods start and end on the same days. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && (a.to ?? null) === (b.to ?? null);
}

export class PeriodChange {
  private was: Period | null = null;

  /**
   * The period's fields were entered with the period `now`; `open` is the period an offer not
   * yet answered moves from, if there is one.
   */
  enter(now: Period, open: Period | null): void {
    if (this.was === null) this.was = open ?? { ...now };
  }

  /** The fields were left with the period `now`: the period before, when it changed. */
  leave(now: Period): Period | null {
    const was = this.was;
    this.was = null;
    return was !== null && !samePeriod(was, now) ? was : null;
  }
}
