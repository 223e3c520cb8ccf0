// What the history panel sends when a revision is saved with a reason, when errors are accepted,
// and when an agreement signed before it reached Avtale is registered. The rules (which statuses
// need an agreement without errors, that «annet» needs words, that every signing party needs a
// date and a place) are the core's: the page gathers what the user gave and shows the core's
// refusal in the core's words.

import { BackendError } from "./backend";
import type { IsoDate } from "./bindings/IsoDate";
import type { PartyId } from "./bindings/PartyId";
import type { ReasonKind } from "./bindings/ReasonKind";
import type { RevisionReason } from "./bindings/RevisionReason";
import type { Signing } from "./bindings/Signing";
import type { Status } from "./bindings/Status";
import { enumKey, type MessageKey } from "./i18n";

/** The kinds of reason a revision is made for, in the order the list offers them. */
export const reasonKinds: readonly ReasonKind[] = [
  "evaluering",
  "omorganisering",
  "nye_regler",
  "periodens_slutt",
  "annet",
];

/** The catalogue key naming a kind of reason. */
export function reasonKey(kind: ReasonKind): MessageKey {
  return enumKey("reason-kind", kind);
}

/** The reason as the user chose it: none when no kind is chosen; words only when given. */
export function revisionReason(kind: ReasonKind | "", text: string): RevisionReason | null {
  if (kind === "") return null;
  const words = text.trim();
  return words === "" ? { kind } : { kind, text: words };
}

/** The statuses an agreement signed elsewhere is registered with. */
export const registerStatuses: readonly Status[] = ["signert", "gjeldende"];

/** What the user has typed for one signing party so far. */
export interface Entered {
  /** The date, once a whole date is typed. */
  date: IsoDate | null;
  place: string;
}

/** One signing party's date and place as the user has typed them so far. */
export interface SigningDraft extends Entered {
  party: PartyId;
}

/**
 * One draft for each party that signs, in the core's order, with what was typed for it (typed
 * values for a party that no longer signs are not sent).
 */
export function signingDrafts(signers: readonly PartyId[], entered: Readonly<Record<PartyId, Entered>>): SigningDraft[] {
  return signers.map((party) => ({ party, ...(entered[party] ?? { date: null, place: "" }) }));
}

/**
 * What is sent for the registration: each party with a date typed. A party without a date is
 * left out, and the core names it in its refusal, as it does a place left blank.
 */
export function signings(drafts: readonly SigningDraft[]): Signing[] {
  return drafts.flatMap((d) => (d.date === null ? [] : [{ party: d.party, date: d.date, place: d.place.trim() }]));
}

/** What the user asked for that the core refused because the checks find errors. */
export type Refused = "commit" | "register";

/** A refusal the page offers to get past by accepting the errors with a reason. */
export interface Refusal {
  /** What was refused, to ask again with the reason. */
  action: Refused;
  /** The core's words. */
  message: string;
}

/** The refusal in an error from the back end, when it is the checks finding errors. */
export function openErrors(err: unknown, action: Refused): Refusal | null {
  return err instanceof BackendError && err.code === "OpenErrors" ? { action, message: err.message } : null;
}
