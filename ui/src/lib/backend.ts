// The only module that talks to the Rust back end. Every command returns typed data or throws a
// BackendError carrying the back end's {code, message}.

import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type { Agreement } from "./bindings/Agreement";
import type { AgreementView } from "./bindings/AgreementView";
import type { CommitOutcome } from "./bindings/CommitOutcome";
import type { CompareView } from "./bindings/CompareView";
import type { Status } from "./bindings/Status";
import type { IpcError } from "./bindings/IpcError";
import type { Lang } from "./bindings/Lang";
import type { LiveCheck } from "./bindings/LiveCheck";
import type { PdfPreview } from "./bindings/PdfPreview";
import type { Calendar } from "./bindings/Calendar";
import type { Reminder } from "./bindings/Reminder";
import type { Family } from "./bindings/Family";
import type { Matrix } from "./bindings/Matrix";
import type { Readability } from "./bindings/Readability";
import type { Section } from "./bindings/Section";
import type { StartInfo } from "./bindings/StartInfo";
import type { StarterInfo } from "./bindings/StarterInfo";
import type { TemplateInfo } from "./bindings/TemplateInfo";
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

async function call<T>(command: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    if (isIpcError(err)) throw new BackendError(err.code, err.message);
    throw new BackendError("Internal", String(err));
  }
}

/** The file named on the command line, an autosaved copy to recover, and recent files. */
export function start(locale: Locale): Promise<StartInfo> {
  return call("start", { locale });
}

/** The starter documents, in the agreement language. */
export function starters(lang: Lang, locale: Locale): Promise<StarterInfo[]> {
  return call("starters", { lang, locale });
}

/** The clause templates for the picker, in the agreement language. */
export function templates(lang: Lang, locale: Locale): Promise<TemplateInfo[]> {
  return call("templates", { lang, locale });
}

/** A new agreement from a starter. */
export function newAgreement(
  starter: string,
  county: string,
  lang: Lang,
  locale: Locale,
): Promise<AgreementView> {
  return call("new_agreement", { starter, county, lang, locale });
}

/** Opens an agreement file. */
export function openAgreement(path: string, locale: Locale): Promise<AgreementView> {
  return call("open_agreement", { path, locale });
}

/** Checks and renders the agreement being edited. */
export function evaluate(agreement: Agreement, locale: Locale): Promise<LiveCheck> {
  return call("evaluate", { agreement, locale });
}

/** The section a template makes in this agreement. */
export function newSection(agreement: Agreement, template: string, locale: Locale): Promise<Section> {
  return call("new_section", { agreement, template, locale });
}

/** Saves atomically to `path`. */
export function saveAgreement(path: string, agreement: Agreement, locale: Locale): Promise<void> {
  return call("save_agreement", { path, agreement, locale });
}

/** Writes the autosave copy. */
export function autosave(path: string | null, agreement: Agreement, locale: Locale): Promise<void> {
  return call("autosave", { path, agreement, locale });
}

/** Drops the autosave copy. */
export function discardRecovery(): Promise<void> {
  return call("discard_recovery");
}

/** The native open dialog; null when cancelled. */
export function pickOpenPath(title: string): Promise<string | null> {
  return call("pick_open_path", { title });
}

/** The native save dialog; null when cancelled. */
export function pickSavePath(title: string, suggested: string): Promise<string | null> {
  return call("pick_save_path", { title, suggested });
}

/** Sets the window title and tells the shell whether closing must ask first. */
export function setDocument(title: string, unsaved: boolean): Promise<void> {
  return call("set_document", { title, unsaved });
}

/** Closes the window without asking again. */
export function closeWindow(): Promise<void> {
  return call("close_window");
}

/** Calls `handler` when the user tries to close the window with unsaved changes. */
export function onCloseRequested(handler: () => void): Promise<() => void> {
  return listen("close-requested", handler);
}

/** Saves the current content as a new revision; returns the agreement with it. */
export function commitRevision(
  agreement: Agreement,
  author: string,
  message: string,
  name: string | null,
  status: Status | null,
  locale: Locale,
): Promise<CommitOutcome> {
  return call("commit_revision", { agreement, author, message, name, status, locale });
}

/** Makes revision `number` current again, as a new revision. */
export function restoreRevision(
  agreement: Agreement,
  number: number,
  author: string,
  message: string,
  locale: Locale,
): Promise<CommitOutcome> {
  return call("restore_revision", { agreement, number, author, message, locale });
}

/** Starts the agreement's next period as a new draft revision, with every date moved. */
export function renewAgreement(agreement: Agreement, author: string, locale: Locale): Promise<CommitOutcome> {
  return call("renew_agreement", { agreement, author, locale });
}

/** Compares two versions: revision numbers, or null for the current text. */
export function compareVersions(
  agreement: Agreement,
  old: number | null,
  newer: number | null,
  locale: Locale,
): Promise<CompareView> {
  return call("compare_versions", { agreement, old, new: newer, locale });
}

/** Null when the history's chain holds, else what is wrong. */
export function verifyHistory(agreement: Agreement, locale: Locale): Promise<string | null> {
  return call("verify_history", { agreement, locale });
}

/** Compares another file of the same agreement with the one being edited. */
export function compareWithFile(agreement: Agreement, path: string, locale: Locale): Promise<CompareView> {
  return call("compare_with_file", { agreement, path, locale });
}

/** One revision rendered read-only (the core's HTML). */
export function showRevision(agreement: Agreement, number: number, locale: Locale): Promise<string> {
  return call("show_revision", { agreement, number, locale });
}

/** The first page of the PDF (the whole agreement, or the short version) and its page count. */
export function previewPdf(agreement: Agreement, short: boolean, locale: Locale): Promise<PdfPreview> {
  return call("preview_pdf", { agreement, short, locale });
}

/** Exports the agreement (or its short version) as PDF to a file the user picks; null when cancelled. */
export function exportPdf(agreement: Agreement, short: boolean, title: string, locale: Locale): Promise<string | null> {
  return call("export_pdf", { agreement, short, title, locale });
}

/** The meetings the cadences give over the agreement's period, with the meeting load. */
export function meetingCalendar(agreement: Agreement, locale: Locale): Promise<Calendar> {
  return call("meeting_calendar", { agreement, locale });
}

/** Writes the meeting calendar as an .ics file the user picks; null when cancelled. */
export function exportCalendar(agreement: Agreement, title: string, locale: Locale): Promise<string | null> {
  return call("export_calendar", { agreement, title, locale });
}

/** Evaluations, the notice deadline and the end of the period in the next 90 days. */
export function reminders(agreement: Agreement, locale: Locale): Promise<Reminder[]> {
  return call("reminders", { agreement, locale });
}

/** Who does what: tasks against parties, with gaps, overlaps and imbalance. */
export function responsibilityMatrix(agreement: Agreement): Promise<Matrix> {
  return call("responsibility_matrix", { agreement });
}

/** The family of the open agreement: its main agreement and the agreements that link to it. */
export function agreementFamily(agreement: Agreement, locale: Locale): Promise<Family> {
  return call("agreement_family", { agreement, locale });
}

/** The agreement linked to the main agreement in the file at `path`. */
export function linkParent(agreement: Agreement, path: string, locale: Locale): Promise<Agreement> {
  return call("link_parent", { agreement, path, locale });
}

/** LIX, long sentences and passive voice per section and for the whole agreement. */
export function readabilityReport(agreement: Agreement): Promise<Readability> {
  return call("readability_report", { agreement });
}
