// `node --import tsx lib/cli/generate-kube-schemas.ts [--check]`: regenerate the editor's
// Kubernetes JSON Schema (lib/sandbox/schemas/kube-json-schema.json) from the installed
// kubernetes-models packages. Run it after upgrading them; `--check` only reports (exit code 1)
// whether the checked-in file is out of date. tests/unit/sandbox/schemas checks the same.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { KUBE_SCHEMA_KINDS } from "../sandbox/schemas/kube-schema-kinds";
import { KUBE_JSON_SCHEMA_FILE, renderKubeJsonSchema } from "./kube-json-schema-from-types";

function main(argv: readonly string[]): number {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const file = path.join(root, KUBE_JSON_SCHEMA_FILE);
  const text = renderKubeJsonSchema({ root, kinds: KUBE_SCHEMA_KINDS });
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // Not generated yet.
  }
  if (argv.includes("--check")) {
    if (current === text) return 0;
    console.error(`${KUBE_JSON_SCHEMA_FILE} is out of date: run node --import tsx lib/cli/generate-kube-schemas.ts`);
    return 1;
  }
  if (current !== text) writeFileSync(file, text);
  const minified = JSON.stringify(JSON.parse(text)).length;
  console.log(`${KUBE_JSON_SCHEMA_FILE}: ${KUBE_SCHEMA_KINDS.length} kinds, ${Math.round(minified / 1024)} KB minified${current === text ? " (unchanged)" : ""}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
