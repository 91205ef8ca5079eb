// Loads a golden case of tests/fixtures/kustomize into the in-memory tree lib/kustomize reads.
// case.yaml says which directory to build and, for error cases, the expected code and message;
// expected.yaml (success cases) was produced by the real `kubectl kustomize` (kustomize v5.5.0),
// see tests/fixtures/kustomize/regenerate-expected.sh.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export const FIXTURES = path.resolve(__dirname, "../../fixtures/kustomize");

export interface GoldenCase {
  tree: Map<string, string>;
  build: string;
  expected?: string;
  error?: { code: string; message: string };
}

function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(root, full).split(path.sep).join("/"), readFileSync(full, "utf8"));
    }
  };
  walk(root);
  return files;
}

/** The tree of a case (case.yaml and expected.yaml included, as they would be in a repository). */
export function loadGoldenCase(name: string): GoldenCase {
  const tree = readTree(path.join(FIXTURES, name));
  const spec = parse(tree.get("case.yaml")!) as { build: string; error?: { code: string; message: string } };
  return { tree, build: spec.build, expected: tree.get("expected.yaml"), error: spec.error };
}
