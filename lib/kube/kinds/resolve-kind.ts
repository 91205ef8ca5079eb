import { groupOf } from "../object-key";
import type { KubeObject } from "../types";
import { BUILTIN_KINDS, type KindInfo } from "./builtin-kinds";
import { CUSTOM_KIND_SCHEMAS } from "./custom-kind-schemas";

interface CrdView {
  spec?: {
    group?: string;
    scope?: string;
    names?: { kind?: string };
    versions?: Array<{ name?: string; served?: boolean }>;
  };
}

/**
 * Find how the API server serves `apiVersion`/`kind`: built in, or from a registered
 * CustomResourceDefinition among `objects`. Returns undefined for an unknown kind.
 * Example: `resolveKind(objects, "apps/v1", "Deployment")?.namespaced === true`
 */
export function resolveKind(objects: Iterable<KubeObject>, apiVersion: string, kind: string): KindInfo | undefined {
  const builtin = BUILTIN_KINDS.find((info) => info.apiVersion === apiVersion && info.kind === kind);
  if (builtin) return builtin;
  const group = groupOf(apiVersion);
  const version = apiVersion.slice(group.length + 1);
  for (const object of objects) {
    if (object.kind !== "CustomResourceDefinition" || groupOf(object.apiVersion) !== "apiextensions.k8s.io") continue;
    const spec = (object as CrdView).spec;
    const served = (spec?.versions ?? []).some((item) => item.name === version && item.served !== false);
    if (spec?.group === group && spec.names?.kind === kind && served) {
      return {
        apiVersion,
        kind,
        namespaced: spec.scope !== "Cluster",
        validate: CUSTOM_KIND_SCHEMAS[`${apiVersion}/${kind}`],
      };
    }
  }
  return undefined;
}
