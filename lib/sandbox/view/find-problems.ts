// The Problems panel and the editor's squiggles: what is wrong with the working tree's YAML
// before a controller finds out. First YAML syntax (the `yaml` package's errors, 1-based line
// and column); then, for each document that is a Kubernetes object, what the API server would
// refuse — the same schema and semantic checks lib/kube's apply runs — pinned to the field.
// kustomization.yaml files are not objects: only their top-level fields are checked.
import { isMap, isScalar, LineCounter, parseAllDocuments, type Document, type YAMLError } from "yaml";
import { gitopsCrds, MAX_DOCUMENT_BYTES, resolveKind, validateObject, validateSemantics, type KubeObject } from "@/lib/kube";
import { kustomizationSchema, UNSUPPORTED_FIELDS } from "@/lib/kustomize/kustomization-schema";
import type { Problem } from "../view-schema";
import { locateFieldNode } from "./locate-field-node";

const KUSTOMIZATION_FILE = /(^|\/)kustomization\.ya?ml$/;
const YAML_FILE = /\.ya?ml$/i;
const MAX_ALIASES = 100;

// The yaml package's wording for indentation mistakes is exact but cryptic for a learner.
const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: "is the line after it indented too far?",
  MULTILINE_IMPLICIT_KEY: "is the line after it indented too far?",
  BAD_INDENT: "check the indentation",
  TAB_AS_INDENT: "indent with spaces",
  DUPLICATE_KEY: "a key appears twice in the same mapping",
};

interface ParsedFile {
  path: string;
  counter: LineCounter;
  docs: Document[];
}

type Severity = Problem["severity"];

function yamlProblem(repo: string, file: ParsedFile, error: YAMLError, severity: Severity): Problem {
  const position = file.counter.linePos(error.pos[0]);
  const hint = HINTS[error.code];
  const message = error.message.split("\n")[0];
  return { repo, path: file.path, line: position.line, column: position.col, severity, message: hint ? `${message} (${hint})` : message };
}

function toPlain(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return undefined;
  }
}

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kustomizationProblems(repo: string, file: ParsedFile, doc: Document): Problem[] {
  const at = (path: string) => locateFieldNode(doc, file.counter, path, true);
  if (!isMap(doc.contents)) {
    if (doc.contents === null) return [];
    return [{ repo, path: file.path, ...at(""), severity: "error", message: "A kustomization is a mapping of fields such as resources, images and patches." }];
  }
  const known = new Set(Object.keys(kustomizationSchema.shape));
  const unsupported = new Set<string>(UNSUPPORTED_FIELDS);
  return doc.contents.items.flatMap((pair): Problem[] => {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (known.has(key)) return [];
    const message = unsupported.has(key)
      ? `${key}: kustomize knows this field but the sandbox does not model it; the build will fail.`
      : `${key}: not a kustomization field; kustomize refuses unknown fields.`;
    return [{ repo, path: file.path, ...at(key), severity: "warning", message }];
  });
}

function objectProblems(repo: string, file: ParsedFile, doc: Document, object: Record<string, unknown>, crds: readonly KubeObject[]): Problem[] {
  const problem = (path: string, severity: Severity, message: string, preferKey = false): Problem => ({ repo, path: file.path, ...locateFieldNode(doc, file.counter, path, preferKey), severity, message });
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return [problem("", "error", `A Kubernetes object needs both apiVersion and kind (this one has only ${typeof kind === "string" ? "kind" : "apiVersion"}).`)];
  }
  const info = resolveKind(crds, apiVersion, kind);
  if (!info) return [problem("kind", "warning", `The cluster does not serve kind ${kind} in ${apiVersion}: applying it fails. Check apiVersion and kind.`)];
  // As the API server does: semantic checks only once the schema is satisfied.
  const schemaErrors = validateObject(info, object);
  const errors = schemaErrors.length > 0 ? schemaErrors : validateSemantics(object as KubeObject);
  return errors.map((error) => problem(error.path, "error", `${error.path}: ${error.message}`, error.message === "unknown field"));
}

function parseFile(path: string, text: string): ParsedFile {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false });
  return { path, counter, docs: Array.isArray(docs) ? docs : [] };
}

/** CustomResourceDefinitions in the repository count, as they would once applied. */
function definitions(files: readonly ParsedFile[]): KubeObject[] {
  const found = files.flatMap((file) =>
    file.docs.filter((doc) => doc.errors.length === 0).map(toPlain).filter((value): value is KubeObject => isObjectLike(value) && value.kind === "CustomResourceDefinition"),
  );
  return [...gitopsCrds(), ...found];
}

function fileProblems(repo: string, file: ParsedFile, crds: readonly KubeObject[]): Problem[] {
  const problems: Problem[] = [];
  for (const doc of file.docs) {
    problems.push(...doc.warnings.map((warning) => yamlProblem(repo, file, warning, "warning")));
    if (doc.errors.length > 0) {
      // One bad indent is often reported twice at the same place: the first says it best.
      const seen = new Set<number>();
      const first = doc.errors.filter((error) => !seen.has(error.pos[0]) && Boolean(seen.add(error.pos[0])));
      problems.push(...first.map((error) => yamlProblem(repo, file, error, "error")));
      continue;
    }
    if (KUSTOMIZATION_FILE.test(file.path)) {
      problems.push(...kustomizationProblems(repo, file, doc));
      continue;
    }
    const value = toPlain(doc);
    if (value === undefined) {
      problems.push({ repo, path: file.path, ...locateFieldNode(doc, file.counter, ""), severity: "error", message: `Too many YAML aliases (at most ${MAX_ALIASES}).` });
      continue;
    }
    if (isObjectLike(value) && (typeof value.apiVersion === "string" || typeof value.kind === "string")) problems.push(...objectProblems(repo, file, doc, value, crds));
  }
  return problems;
}

function compareProblems(a: Problem, b: Problem): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/**
 * @example findProblems("https://git.example/shop.git", new Map([["apps/web/deployment.yaml", text]]))
 *          // [{ path: "apps/web/deployment.yaml", line: 8, column: 13, severity: "error", message: "spec.replicas: must be integer" }]
 */
export function findProblems(repo: string, files: ReadonlyMap<string, string>): Problem[] {
  const parsed = [...files.keys()]
    .filter((path) => YAML_FILE.test(path) && files.get(path)!.length <= MAX_DOCUMENT_BYTES)
    .sort()
    .map((path) => parseFile(path, files.get(path)!));
  const crds = definitions(parsed);
  return parsed.flatMap((file) => fileProblems(repo, file, crds)).sort(compareProblems);
}
