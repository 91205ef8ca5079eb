// Naming inside the generated Kubernetes JSON Schema (lib/cli/kube-json-schema-from-types.ts).
import type { JsonSchema } from "../sandbox/schemas/json-schema";

// yaml-language-server labels completions of a $ref'd object with the last segment of the $ref,
// so definitions are named after their declaration ("DeploymentSpec"), not the OpenAPI path
// ("IoK8sApiAppsV1DeploymentSpec"). When names clash, Kubernetes' own keeps the short name and the
// others get their project as a prefix ("flux.LocalObjectReference").
const PROJECTS: readonly (readonly [string, string])[] = [
  ["IoK8s", "k8s"],
  ["ComGithubArgoprojArgoCd", "argocd"],
  ["ComGithubArgoprojArgoRollouts", "rollouts"],
  ["ComGithubFluxcd", "flux"],
];

/** Definition key → the name it is published under. Example: IoK8sApiAppsV1DeploymentSpec → DeploymentSpec */
export function friendlyNames(shortNames: ReadonlyMap<string, string>): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const [key, short] of shortNames) groups.set(short, [...(groups.get(short) ?? []), key]);
  const names = new Map<string, string>();
  for (const [short, keys] of groups) {
    const core = keys.filter((key) => key.startsWith("IoK8s"));
    for (const key of keys) {
      if (keys.length === 1 || (core.length === 1 && core[0] === key)) names.set(key, short);
      else names.set(key, `${PROJECTS.find(([prefix]) => key.startsWith(prefix))?.[1] ?? key}.${short}`);
    }
  }
  const taken = new Map<string, number>();
  for (const name of names.values()) taken.set(name, (taken.get(name) ?? 0) + 1);
  for (const [key, name] of names) if ((taken.get(name) ?? 0) > 1) names.set(key, key); // Still ambiguous: the full name.
  return names;
}

/** A copy of `schema` whose $refs use the published names. */
export function renameRefs(schema: JsonSchema, names: ReadonlyMap<string, string>): JsonSchema {
  return JSON.parse(
    JSON.stringify(schema, (key, value: unknown) => {
      if (key !== "$ref" || typeof value !== "string") return value;
      const target = value.replace("#/definitions/", "").replace(/~1/g, "/").replace(/~0/g, "~");
      return `#/definitions/${escapePointer(names.get(target) ?? target)}`;
    }),
  ) as JsonSchema;
}

/** An anchored regular expression matching `value` only. */
export function exactly(value: string): string {
  return `^${value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`;
}

/** A JSON Pointer segment (RFC 6901). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
