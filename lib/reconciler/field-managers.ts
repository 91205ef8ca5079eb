// Who wrote a live field: Kubernetes records, per field manager, the fields it last set in
// metadata.managedFields (FieldsV1: "f:<field>" for keys, 'k:{"name":"app"}' for items of keyed
// lists, "v:<value>" for set members). Argo CD uses it for ignoreDifferences'
// managedFieldsManagers, and "Why OutOfSync?" uses it to say who changed a field live.

interface ManagedFieldsEntry {
  manager: string;
  fieldsV1?: Record<string, unknown>;
}

type Tokens = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function itemIndex(list: unknown, key: string): number {
  if (!Array.isArray(list)) return -1;
  if (key.startsWith("k:")) {
    const wanted = JSON.parse(key.slice(2)) as Record<string, unknown>;
    return list.findIndex((item) => isRecord(item) && Object.entries(wanted).every(([field, value]) => JSON.stringify(item[field]) === JSON.stringify(value)));
  }
  if (key.startsWith("v:")) {
    const wanted = key.slice(2);
    return list.findIndex((item) => JSON.stringify(item) === wanted);
  }
  return -1;
}

/** The leaf fields of one FieldsV1 tree, as pointer tokens into `live`. */
function leaves(tree: Record<string, unknown>, live: unknown, prefix: Tokens, out: Tokens[]): void {
  for (const key of Object.keys(tree).sort()) {
    if (key === ".") continue;
    const subtree = tree[key];
    let tokens: Tokens;
    let value: unknown;
    if (key.startsWith("f:")) {
      const field = key.slice(2);
      tokens = [...prefix, field];
      value = isRecord(live) ? live[field] : undefined;
    } else {
      const index = itemIndex(live, key);
      if (index < 0) continue;
      tokens = [...prefix, String(index)];
      value = (live as unknown[])[index];
    }
    const children = isRecord(subtree) ? Object.keys(subtree).filter((child) => child !== ".") : [];
    if (children.length === 0) out.push(tokens);
    else leaves(subtree as Record<string, unknown>, value, tokens, out);
  }
}

/** Anything with metadata: a live object as lib/kube stores it. */
type LiveObject = { metadata?: object };

function entriesOf(live: LiveObject): ManagedFieldsEntry[] {
  const entries = (live.metadata as { managedFields?: unknown } | undefined)?.managedFields;
  return Array.isArray(entries) ? (entries as ManagedFieldsEntry[]) : [];
}

/**
 * The fields `manager` owns in `live`, as pointer tokens.
 * @example fieldsOwnedBy(deployment, "hpa-controller") // [["spec", "replicas"]]
 */
export function fieldsOwnedBy(live: LiveObject, manager: string): Tokens[] {
  const out: Tokens[] = [];
  for (const entry of entriesOf(live)) {
    if (entry.manager === manager && isRecord(entry.fieldsV1)) leaves(entry.fieldsV1, live, [], out);
  }
  return out;
}

/** The manager that owns the field at `tokens` (or one of its parents), if any. */
export function ownerOfField(live: LiveObject, tokens: readonly string[]): string | undefined {
  let owner: string | undefined;
  let bestDepth = -1;
  for (const entry of entriesOf(live)) {
    if (!isRecord(entry.fieldsV1)) continue;
    const owned: Tokens[] = [];
    leaves(entry.fieldsV1, live, [], owned);
    for (const field of owned) {
      const covers = field.length <= tokens.length && field.every((token, i) => token === tokens[i]);
      const within = tokens.length < field.length && tokens.every((token, i) => token === field[i]);
      const depth = covers ? field.length : within ? tokens.length : -1;
      if (depth > bestDepth) {
        bestDepth = depth;
        owner = entry.manager;
      }
    }
  }
  return owner;
}
