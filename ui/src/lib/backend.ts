// The only module that talks to the Rust back end. Every command returns typed data or throws a
// BackendError carrying the back end's {code, message}.

import { invoke } from "@tauri-apps/api/core";
import type { AgreementView } from "./bindings/AgreementView";
import type { IpcError } from "./bindings/IpcError";
import type { Locale } from "./i18n";

export class BackendError extends Error {
  constructor(
    readonly code: IpcError["code"],
    message: string,
  ) {
    super(message);
  }
}

function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call<T>(command: string, args: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    if (isIpcError(err)) throw new BackendError(err.code, err.message);
    throw new BackendError("Internal", String(err));
  }
}

/** The agreement the app was started with, or a new main agreement made from the templates. */
export function initialView(locale: Locale): Promise<AgreementView> {
  return call<AgreementView>("initial_view", { locale });
}
