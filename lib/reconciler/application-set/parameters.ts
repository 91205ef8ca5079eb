// ApplicationSet generators produce parameter sets. The template reads them two ways
// (Argo CD applicationset docs): the default fasttemplate syntax `{{path.basename}}` with flat
// dotted keys, or with `goTemplate: true`, Go templates `{{.path.basename}}` over nested
// values. Generators differ slightly between the two (the git directory path is `path` in one
// and `.path.path` in the other), so each parameter set carries both forms.

export type ParameterValue = string | number | boolean | null | ParameterValue[] | { [key: string]: ParameterValue };

export interface ParameterSet {
  /** fasttemplate keys: "name", "path.basename", "metadata.labels.env", "path[0]". */
  flat: Record<string, string>;
  /** Go template data: { name, path: { path, basename, segments }, metadata: { labels } }. */
  nested: Record<string, ParameterValue>;
}

export class ApplicationSetError extends Error {
  constructor(
    readonly code: "INVALID_GENERATOR" | "TEMPLATE_ERROR" | "DUPLICATE_APPLICATION" | "UNSUPPORTED_GENERATOR",
    message: string,
  ) {
    super(message);
  }
}

/** Flattens nested values to dotted keys: { a: { b: "x" } } → { "a.b": "x" }. */
export function flatten(nested: Record<string, ParameterValue>, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const key of Object.keys(nested).sort()) {
    const value = nested[key];
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) Object.assign(flat, flatten(value, name));
    else flat[name] = Array.isArray(value) ? JSON.stringify(value) : String(value ?? "");
  }
  return flat;
}

/** Merges parameter sets (matrix): later keys win, as Argo CD's matrix merges child params. */
export function mergeParameterSets(a: ParameterSet, b: ParameterSet): ParameterSet {
  return { flat: { ...a.flat, ...b.flat }, nested: { ...a.nested, ...b.nested } };
}
