// What the editor shows: one of the agreement's parts, or one section by its stable id.

export type Selection = { part: "details" | "parties" | "glossary" | "history" | "matrix" | "calendar" | "language" | "family" } | { part: "section"; id: string };
