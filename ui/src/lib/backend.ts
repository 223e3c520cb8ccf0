// The only module that talks to the Rust back end. Every command returns typed data or throws a
// BackendError carrying the back end's {code, message}.

import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type { CommitOutcome } from "./bindings/CommitOutcome";
import type { HistoryView } from "./bindings/HistoryView";
import type { KeyedEdit } from "./bindings/KeyedEdit";
import type { Screen } from "./bindings/Screen";
import type { ImportPreview } from "./bindings/ImportPreview";
import type { SectionTemplate } from "./bindings/SectionTemplate";
import type { CompareView } from "./bindings/CompareView";
import type { IncomingView } from "./bindings/IncomingView";
import type { MergeOutcome } from "./bindings/MergeOutcome";
import type { WordCompareView } from "./bindings/WordCompareView";
import type { Status } from "./bindings/Status";
import type { IpcError } from "./bindings/IpcError";
import type { Lang } from "./bindings/Lang";
import type { PdfPreview } from "./bindings/PdfPreview";
import type { Period } from "./bindings/Period";
import type { PeriodMove } from "./bindings/PeriodMove";
import type { Calendar } from "./bindings/Calendar";
import type { Family } from "./bindings/Family";
import type { Found } from "./bindings/Found";
import type { Matrix } from "./bindings/Matrix";
import type { Readability } from "./bindings/Readability";
import type { RecentAgreement } from "./bindings/RecentAgreement";
import type { RevisionReason } from "./bindings/RevisionReason";
import type { Signing } from "./bindings/Signing";
import type { StartInfo } from "./bindings/StartInfo";
import type { StarterInfo } from "./bindings/StarterInfo";
import type { KindInfo } from "./bindings/KindInfo";
import type { RegionsOffer } from "./bindings/RegionsOffer";
import type { Guide } from "./bindings/Guide";
import type { About } from "./bindings/About";
import type { TemplateInfo } from "./bindings/TemplateInfo";
import type { Followed } from "./bindings/Followed";
import type { IsoDate } from "./bindings/IsoDate";
import type { Overview } from "./bindings/Overview";
import type { PartyId } from "./bindings/PartyId";
import type { Recorded } from "./bindings/Recorded";
import type { Locale } from "./i18n";

export class BackendError extends Error {
  constructor(
    readonly code: IpcError["code"],
    message: string,
  ) {
    super(message);
  }
}

/** The message of an error from a back-end call, for the user. */
export function errorMessage(err: unknown): string {
  return err instanceof BackendError ? err.message : String(err);
}

function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

let before: () => Promise<void> = () => Promise.resolve();

/**
 * Every command but an edit first waits for the edits made before it, so the core sees the
 * page's actions in the order they were made. `settled` resolves once sent edits are applied.
 */
export function orderAfter(settled: () => Promise<void>): void {
  before = settled;
}

async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  if (command !== "edit") await before();
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    if (isIpcError(err)) throw new BackendError(err.code, err.message);
    throw new BackendError("Internal", String(err));
  }
}

/** The file named on the command line (opened) and an autosaved copy to recover. */
export function start(locale: Locale): Promise<StartInfo> {
  return call("start", { locale });
}

/** The recently used agreements: title, kind and period, or why a file cannot be opened. */
export function recentAgreements(locale: Locale): Promise<RecentAgreement[]> {
  return call("recent_agreements", { locale });
}

/** Opens the autosaved copy as the agreement being edited. */
export function recover(locale: Locale): Promise<Screen> {
  return call("recover", { locale });
}

/** The starter documents, in the agreement language. */
export function starters(lang: Lang, locale: Locale): Promise<StarterInfo[]> {
  return call("starters", { lang, locale });
}

/** The regions shipped for a county, with their source; null when none are shipped. */
export function countyRegions(county: string, lang: Lang): Promise<RegionsOffer | null> {
  return call("county_regions", { county, lang });
}

/** The agreement kinds with their names in the locale, for the details form. */
export function kinds(locale: Locale): Promise<KindInfo[]> {
  return call("kinds", { locale });
}

/** The user guide, rendered by the core (Help and F1). */
export function userGuide(): Promise<Guide> {
  return call("user_guide", {});
}

/** The program's version and file format (Help → About). */
export function about(): Promise<About> {
  return call("about", {});
}

/** The clause templates for the picker, in the agreement language. */
export function templates(lang: Lang, locale: Locale): Promise<TemplateInfo[]> {
  return call("templates", { lang, locale });
}

/** A new agreement from a starter, opened. */
export function newAgreement(
  starter: string,
  county: string,
  lang: Lang,
  locale: Locale,
  municipality: string | null = null,
): Promise<Screen> {
  return call("new_agreement", { starter, county, municipality, lang, locale });
}

/** Opens an agreement file. */
export function openAgreement(path: string, locale: Locale): Promise<Screen> {
  return call("open_agreement", { path, locale });
}

/** Applies edits to the open agreement, in order; returns what the screen shows. */
export function edit(edits: KeyedEdit[], nowMs: number, locale: Locale): Promise<Screen> {
  return call("edit", { edits, nowMs, locale });
}

/** Takes back the last edit. */
export function undo(locale: Locale): Promise<Screen> {
  return call("undo", { locale });
}

/** Takes the last undone edit again. */
export function redo(locale: Locale): Promise<Screen> {
  return call("redo", { locale });
}

/** What the screen shows now (after a change of language, for example). */
export function refresh(locale: Locale): Promise<Screen> {
  return call("edit", { edits: [], nowMs: 0, locale });
}

/** Saves the open agreement atomically, to `path` for "save as". */
export function saveAgreement(path: string | null, locale: Locale): Promise<Screen> {
  return call("save_agreement", { path, locale });
}

/** Writes the autosave copy of the open agreement. */
export function autosave(locale: Locale): Promise<void> {
  return call("autosave", { locale });
}

/** Drops the autosave copy. */
export function discardRecovery(): Promise<void> {
  return call("discard_recovery");
}

/** Closes the open agreement (back to the start screen), freeing its file. */
export function closeAgreement(): Promise<void> {
  return call("close_agreement");
}

/** The native open dialog; null when cancelled. */
export function pickOpenPath(title: string): Promise<string | null> {
  return call("pick_open_path", { title });
}

/** The native save dialog; null when cancelled. */
export function pickSavePath(title: string, suggested: string): Promise<string | null> {
  return call("pick_save_path", { title, suggested });
}

/** The native open dialog for a Word file (.docx); null when cancelled. */
export function pickWordPath(title: string): Promise<string | null> {
  return call("pick_word_path", { title });
}

/** What importing a Word file makes: sections with their matched templates, what was left out. */
export function importWordPreview(path: string, locale: Locale): Promise<ImportPreview> {
  return call("import_word_preview", { path, locale });
}

/** Imports a Word file with the chosen templates and opens it as a new, unsaved agreement. */
export function importWordOpen(path: string, choices: SectionTemplate[], locale: Locale): Promise<Screen> {
  return call("import_word_open", { path, choices, locale });
}

/** Closes the window without asking again. */
export function closeWindow(): Promise<void> {
  return call("close_window");
}

/** Calls `handler` when the user tries to close the window with unsaved changes. */
export function onCloseRequested(handler: () => void): Promise<() => void> {
  return listen("close-requested", handler);
}

/** The revisions and whether the history's chain holds (for the history panel only). */
export function history(locale: Locale): Promise<HistoryView> {
  return call("history", { locale });
}

/**
 * Saves the current content as a new revision (with why it was made, when given) and saves the
 * file. A status that needs an agreement without errors is refused with `OpenErrors` while the
 * checks find errors, unless `acceptErrors` gives a reason, which the revision records.
 */
export function commitRevision(
  author: string,
  message: string,
  name: string | null,
  status: Status | null,
  reason: RevisionReason | null,
  acceptErrors: string | null,
  locale: Locale,
): Promise<CommitOutcome> {
  return call("commit_revision", { author, message, name, status, reason, acceptErrors, locale });
}

/**
 * Registers the agreement, signed before it reached Avtale, as signed (or in force) in one step
 * with each party's date and place of signing, and saves the file. Refused with `OpenErrors`
 * as a commit is, unless `acceptErrors` gives a reason.
 */
export function registerSigned(
  author: string,
  status: Status,
  signed: Signing[],
  acceptErrors: string | null,
  locale: Locale,
): Promise<CommitOutcome> {
  return call("register_signed", { author, status, signed, acceptErrors, locale });
}

/** Makes revision `number` current again, as a new revision, and saves the file. */
export function restoreRevision(number: number, author: string, locale: Locale): Promise<CommitOutcome> {
  return call("restore_revision", { number, author, locale });
}

/** Starts the agreement's next period as a new draft revision, with every date moved. */
export function renewAgreement(author: string, locale: Locale): Promise<CommitOutcome> {
  return call("renew_agreement", { author, locale });
}

/** What moving every date from the period `was` to the period now would move (for the offer). */
export function periodMove(was: Period, locale: Locale): Promise<PeriodMove> {
  return call("period_move", { was, locale });
}

/** Moves every date from the period `was` to the period now, as one undoable edit. */
export function moveDates(was: Period, locale: Locale): Promise<Screen> {
  return call("move_dates", { was, locale });
}

/** Compares two versions: revision numbers, or null for the current text. */
export function compareVersions(old: number | null, newer: number | null, locale: Locale): Promise<CompareView> {
  return call("compare_versions", { old, new: newer, locale });
}

/** Compares another file of the same agreement with the one being edited. */
export function compareWithFile(path: string, locale: Locale): Promise<CompareView> {
  return call("compare_with_file", { path, locale });
}

/** The changes the last comparison brings into the draft; null when there is none. */
export function incomingChanges(locale: Locale): Promise<IncomingView | null> {
  return call("incoming_changes", { locale });
}

/** Accepts one change of the comparison into the draft, as one undoable edit. */
export function acceptChange(id: string, locale: Locale): Promise<MergeOutcome> {
  return call("accept_change", { id, locale });
}

/** Takes the other side's version of a conflicting change, as one undoable edit. */
export function takeTheirs(id: string, locale: Locale): Promise<MergeOutcome> {
  return call("take_theirs", { id, locale });
}

/** Rejects one change of the comparison: not applied, no longer offered. */
export function rejectChange(id: string, locale: Locale): Promise<IncomingView | null> {
  return call("reject_change", { id, locale });
}

/** Compares a Word copy the user picks in the native dialog with the revision it was exported from; null when cancelled. */
export function compareWithWord(title: string, locale: Locale): Promise<WordCompareView | null> {
  return call("compare_with_word", { title, locale });
}

/** One revision rendered read-only (the core's HTML). */
export function showRevision(number: number, locale: Locale): Promise<string> {
  return call("show_revision", { number, locale });
}

/** The first page of the PDF (the whole agreement, or the short version) and its page count. */
export function previewPdf(short: boolean, locale: Locale): Promise<PdfPreview> {
  return call("preview_pdf", { short, locale });
}

/** Exports the agreement (or its short version) as PDF to a file the user picks; null when cancelled. */
export function exportPdf(short: boolean, title: string, locale: Locale): Promise<string | null> {
  return call("export_pdf", { short, title, locale });
}

/**
 * Writes the agreement as an editable Word document (.docx) to a file the user picks; null when
 * cancelled.
 */
export function exportWord(title: string, locale: Locale): Promise<string | null> {
  return call("export_word", { title, locale });
}

/** The meetings the cadences give over the agreement's period, with the meeting load. */
export function meetingCalendar(locale: Locale): Promise<Calendar> {
  return call("meeting_calendar", { locale });
}

/** Writes the meeting calendar as an .ics file the user picks; null when cancelled. */
export function exportCalendar(title: string, locale: Locale): Promise<string | null> {
  return call("export_calendar", { title, locale });
}

/** Who does what: tasks against parties, with gaps, overlaps and imbalance. */
export function responsibilityMatrix(locale: Locale): Promise<Matrix> {
  return call("responsibility_matrix", { locale });
}

/** The family of the open agreement: its main agreement and the agreements that link to it. */
export function agreementFamily(locale: Locale): Promise<Family> {
  return call("agreement_family", { locale });
}

/** Links the open agreement to the main agreement in the file at `path` (one undo step). */
export function linkParent(path: string, locale: Locale): Promise<Screen> {
  return call("link_parent", { path, locale });
}

/** LIX, long sentences and passive voice per section and for the whole agreement. */
export function readabilityReport(locale: Locale): Promise<Readability> {
  return call("readability_report", { locale });
}

/** Where words occur in the open agreement's texts, ignoring case and accents (Ctrl+F). */
export function find(query: string, locale: Locale): Promise<Found> {
  return call("find", { query, locale });
}

/** The places in `labels` of those holding the words typed, in the order to show them. */
export function paletteMatches(labels: string[], query: string): Promise<number[]> {
  return call("palette_matches", { labels, query });
}

/** Where the follow-up stands today: what is late, what is coming in `withinDays` days, and each
 * measure, goal, body and report. */
export function followupOverview(withinDays: number, locale: Locale): Promise<Overview> {
  return call("followup_overview", { withinDays, locale });
}

/**
 * Records a follow-up entry by `by` (no revision) and saves the file when it has one; the
 * overview and the screen after it.
 */
export function recordFollowup(what: Followed, by: string, withinDays: number, locale: Locale): Promise<Recorded> {
  return call("record_followup", { what, by, withinDays, locale });
}

/** Writes the status report for `from`–`to` to a file the user picks; null when cancelled. */
export function exportStatusReport(from: IsoDate, to: IsoDate, format: "pdf", title: string, locale: Locale): Promise<string | null> {
  return call("export_status_report", { from, to, format, title, locale });
}

/** Writes what concerns one party to a file the user picks; null when cancelled. */
export function exportPartyExtract(party: PartyId, title: string, locale: Locale): Promise<string | null> {
  return call("export_party_extract", { party, title, locale });
}
