import { buildKubeJsonSchema } from "./lib/cli/kube-json-schema-from-types";
import { KUBE_SCHEMA_KINDS } from "./lib/sandbox/schemas/kube-schema-kinds";
const full = JSON.stringify(buildKubeJsonSchema({ root: "/work/main", kinds: KUBE_SCHEMA_KINDS })).length;
for (const k of KUBE_SCHEMA_KINDS) {
  const without = JSON.stringify(buildKubeJsonSchema({ root: "/work/main", kinds: KUBE_SCHEMA_KINDS.filter(x => x !== k) })).length;
  console.log(full - without, k.apiVersion, k.kind);
}
