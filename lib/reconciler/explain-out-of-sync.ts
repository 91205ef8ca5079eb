// "Why OutOfSync?" (argo-cd#5112: learners cannot find out): every differing field of a
// resource, in words, with the file and line in Git that declares the desired value and, when
// the cluster recorded it, who changed the field live.
import { diffResource, type FieldDifference } from "./diff-resource";
import { fieldsOwnedBy, ownerOfField } from "./field-managers";
import { ignoredFields, withoutFields, type IgnoreDifferencesRule } from "./ignore-differences";
import { getAtPointer, parsePointer } from "./json-pointer";
import { locateFieldSource, type SourceLocation } from "./locate-field-source";
import type { Manifest } from "./manifest";

export interface FieldExplanation extends FieldDifference {
  /** Where Git declares the desired value, when it can be found. */
  source?: SourceLocation;
  /** The field manager that last wrote the live value (kubectl-edit, hpa-controller…). */
  changedBy?: string;
  message: string;
}

export interface ExplainInput {
  desired: Manifest;
  live: Manifest;
  lastApplied?: Manifest;
  ignoreDifferences?: readonly IgnoreDifferencesRule[];
  /** The app's source files in the order kustomize reads them (bases first). */
  sourceFiles: ReadonlyArray<readonly [string, string]>;
}

function readablePath(pointer: string): string {
  return parsePointer(pointer)
    .map((token, index) => (/^\d+$/.test(token) ? `[${token}]` : index === 0 ? token : `.${token}`))
    .join("");
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function messageFor(difference: FieldDifference, source?: SourceLocation, changedBy?: string): string {
  const field = readablePath(difference.path);
  const where = source ? ` (${source.file}:${source.line})` : "";
  const who = changedBy ? `, last changed live by ${changedBy}` : "";
  switch (difference.reason) {
    case "changed":
      return `${field} is ${show(difference.desired)} in Git${where} but ${show(difference.live)} live${who}.`;
    case "missing-live":
      return `${field} is declared in Git${where} as ${show(difference.desired)} but is missing live${who}.`;
    case "removed-from-git":
      return `${field} is live (${show(difference.live)}) but no longer in Git: the next sync removes it.`;
  }
}

/**
 * @example explainOutOfSync({ desired, live, sourceFiles })
 *          // [{ path: "/spec/replicas", reason: "changed", desired: 3, live: 10, changedBy: "kubectl-scale",
 *          //    source: { file: "apps/web/deployment.yaml", line: 6, column: 13 },
 *          //    message: "spec.replicas is 3 in Git (apps/web/deployment.yaml:6) but 10 live, last changed live by kubectl-scale." }]
 */
export function explainOutOfSync(input: ExplainInput): FieldExplanation[] {
  const rules = input.ignoreDifferences ?? [];
  // Fields owned by trusted managers are taken out of both sides: the live value wins.
  const managed = (manager: string) => fieldsOwnedBy(input.live, manager);
  const differences = diffResource(
    withoutFields(input.desired, ignoredFields(rules, input.desired, managed)),
    withoutFields(input.live, ignoredFields(rules, input.live, managed)),
    input.lastApplied,
  );
  return differences.map((difference) => {
    const tokens = parsePointer(difference.path);
    const image = difference.path.endsWith("/image") ? String(getAtPointer(input.desired, tokens) ?? "") : undefined;
    const source =
      difference.reason === "removed-from-git"
        ? undefined
        : locateFieldSource(input.sourceFiles, { kind: input.desired.kind, name: input.desired.metadata.name, pointer: difference.path }, image);
    const changedBy = difference.reason === "removed-from-git" ? undefined : ownerOfField(input.live, tokens);
    return { ...difference, ...(source ? { source } : {}), ...(changedBy ? { changedBy } : {}), message: messageFor(difference, source, changedBy) };
  });
}

/**
 * The whole-resource reasons for OutOfSync: in Git but not live (the next sync creates it), or
 * live but no longer in Git (a sync with prune deletes it — or never, with Prune=false).
 * @example explainResourceState({ desired: deployment, sourceFiles }) // { reason: "missing-live", message: "Deployment/web is in Git (apps/web/deployment.yaml:4) but not in the cluster: the next sync creates it." }
 */
export function explainResourceState(input: { desired?: Manifest; live?: Manifest; sourceFiles: ReadonlyArray<readonly [string, string]> }): FieldExplanation | undefined {
  if (input.desired && !input.live) {
    const { kind, metadata } = input.desired;
    const source = locateFieldSource(input.sourceFiles, { kind, name: metadata.name, pointer: "/metadata/name" });
    const where = source ? ` (${source.file}:${source.line})` : "";
    return { path: "", reason: "missing-live", ...(source ? { source } : {}), message: `${kind}/${metadata.name} is in Git${where} but not in the cluster: the next sync creates it.` };
  }
  if (input.live && !input.desired) {
    const { kind, metadata } = input.live;
    const keep = (metadata.annotations?.["argocd.argoproj.io/sync-options"] ?? "").split(",").map((option) => option.trim()).includes("Prune=false");
    const outcome = keep ? "it is marked Prune=false, so no sync deletes it and the app stays OutOfSync" : "a sync with prune deletes it";
    return { path: "", reason: "removed-from-git", message: `${kind}/${metadata.name} is in the cluster but no longer in Git: ${outcome}.` };
  }
  return undefined;
}
