/** A path into the scenario draft as the editor walks it: keys and array indices. */
export type EditPath = (string | number)[];

/**
 * Returns a copy of `root` with the value at `path` replaced; objects and arrays along the path
 * are copied, everything else is shared (so undo history stays cheap). `undefined` deletes a key.
 */
export function setIn<T>(root: T, path: EditPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = root.slice();
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const base = (root !== null && typeof root === 'object' ? root : {}) as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...base };
  const next = setIn(base[head as string], rest, value);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy as T;
}

/** The value at `path`, or undefined where the path does not exist. */
export function getIn(root: unknown, path: EditPath): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}
