// Field paths as the core's checks write them (`sections[3].meetings[0].cadence`): reading and
// writing the value a path names, so every form field and every diagnostic share one address.

export type Segment = string | number;

/** Splits `a[1].b` into `["a", 1, "b"]`. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      out.push(part);
      continue;
    }
    if (match[1]) out.push(match[1]);
    for (const index of (match[2] ?? "").matchAll(/\[(\d+)\]/g)) out.push(Number(index[1]));
  }
  return out;
}

/** Joins a base path and a key or index. */
export function join(base: string, key: Segment): string {
  if (typeof key === "number") return `${base}[${key}]`;
  return base === "" ? key : `${base}.${key}`;
}

/** The value at `path`, or undefined. */
export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of parsePath(path)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * Sets the value at `path`, making objects on the way. `undefined` removes the key, so an
 * emptied optional field disappears from the file instead of being saved as empty.
 */
export function setPath(root: object, path: string, value: unknown): void {
  const segments = parsePath(path);
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < segments.length - 1; i += 1) {
    const segment = segments[i] as Segment;
    const next = node[segment];
    if (next === null || typeof next !== "object") {
      node[segment] = typeof segments[i + 1] === "number" ? [] : {};
    }
    node = node[segment] as Record<string | number, unknown>;
  }
  const last = segments[segments.length - 1] as Segment;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}

/** The section index a path starts in (`sections[3]…` gives 3). */
export function sectionIndex(path: string): number | null {
  const match = /^sections\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}

/** Whether `path` names `base` or something inside it (`sections[1].goals[0].goal` is in `sections[1].goals[0]`, `sections[1].goals[10]` is not). */
export function within(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}
