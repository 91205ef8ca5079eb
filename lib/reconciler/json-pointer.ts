// RFC 6901 JSON pointers: how Argo CD's ignoreDifferences.jsonPointers and our field-level
// diff name a field ("/spec/template/spec/containers/0/image").

export function parsePointer(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  if (!pointer.startsWith("/")) throw new Error(`"${pointer}" is not a JSON pointer (it must start with /)`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

function child(value: unknown, token: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(token) ? value[Number(token)] : undefined;
  if (value && typeof value === "object") return (value as Record<string, unknown>)[token];
  return undefined;
}

/** The value at `pointer`, or undefined. */
export function getAtPointer(root: unknown, pointer: string | readonly string[]): unknown {
  const tokens = typeof pointer === "string" ? parsePointer(pointer) : pointer;
  return tokens.reduce<unknown>((value, token) => child(value, token), root);
}

/**
 * A copy of `root` without the value at `pointer` (unchanged when absent).
 * @example removeAtPointer({ spec: { replicas: 3, x: 1 } }, "/spec/replicas") // { spec: { x: 1 } }
 */
export function removeAtPointer<T>(root: T, pointer: string | readonly string[]): T {
  const tokens = typeof pointer === "string" ? parsePointer(pointer) : pointer;
  if (tokens.length === 0) return root;
  const [head, ...rest] = tokens;
  if (Array.isArray(root)) {
    if (!/^\d+$/.test(head) || Number(head) >= root.length) return root;
    const index = Number(head);
    if (rest.length === 0) return root.filter((_, i) => i !== index) as T;
    return root.map((item, i) => (i === index ? removeAtPointer(item, rest) : item)) as T;
  }
  if (root && typeof root === "object" && head in (root as object)) {
    const record = root as Record<string, unknown>;
    if (rest.length === 0) {
      const { [head]: _removed, ...others } = record;
      return others as T;
    }
    return { ...record, [head]: removeAtPointer(record[head], rest) } as T;
  }
  return root;
}

/**
 * A copy of `root` with `value` at `pointer`, creating objects on the way.
 * @example setAtPointer({ spec: {} }, "/spec/replicas", 3) // { spec: { replicas: 3 } }
 */
export function setAtPointer<T>(root: T, pointer: string | readonly string[], value: unknown): T {
  const tokens = typeof pointer === "string" ? parsePointer(pointer) : pointer;
  if (tokens.length === 0) return value as T;
  const [head, ...rest] = tokens;
  if (Array.isArray(root) && /^\d+$/.test(head)) {
    const index = Number(head);
    const copy = [...root];
    copy[index] = setAtPointer(copy[index], rest, value);
    return copy as T;
  }
  const record = root && typeof root === "object" && !Array.isArray(root) ? (root as Record<string, unknown>) : {};
  return { ...record, [head]: setAtPointer(record[head], rest, value) } as T;
}
