import { expect, test } from "vitest";
import { renderSource } from "@/lib/reconciler/source/render-source";

const configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: demo\n";

test("a directory without kustomization.yaml renders its YAML files, not its subdirectories unless recursing", () => {
  const tree = new Map([
    ["apps/web/a.yaml", configMap],
    ["apps/web/nested/b.yaml", configMap.replace("settings", "nested")],
    ["apps/web/README.md", "# not a manifest"],
  ]);
  const flat = renderSource(tree, "apps/web");
  expect(flat.ok && flat.manifests.map((m) => m.metadata.name)).toEqual(["settings"]);
  const deep = renderSource(tree, "./apps/web/", { recurse: true });
  expect(deep.ok && deep.manifests.map((m) => m.metadata.name)).toEqual(["settings", "nested"]);
});

test("a kustomization is built", () => {
  const tree = new Map([
    ["base/kustomization.yaml", "namePrefix: prod-\nresources:\n  - cm.yaml\n"],
    ["base/cm.yaml", configMap],
  ]);
  const result = renderSource(tree, "base");
  expect(result.ok && result.manifests.map((m) => m.metadata.name)).toEqual(["prod-settings"]);
});

test.each([
  [new Map([["apps/a.yaml", "kind: [unclosed\n"]]), "apps", "INVALID_YAML", /^apps\/a\.yaml:\d+:\d+: Flow sequence/],
  [new Map([["apps/a.yaml", "just: text\n"]]), "apps", "INVALID_MANIFEST", /apps\/a\.yaml: a document without apiVersion, kind and metadata.name/],
  [new Map([["apps/a.yaml", configMap]]), "missing", "PATH_NOT_FOUND", /missing: app path does not exist/],
  [
    new Map([["apps/bomb.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`]]),
    "apps",
    "YAML_LIMIT",
    /apps\/bomb\.yaml: .*at most 100 aliases/,
  ],
  [new Map([["apps/big.yaml", `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n  blob: "${"x".repeat(1_100_000)}"\n`]]), "apps", "DOCUMENT_TOO_LARGE", /larger than 1 MB/],
  [new Map([["apps/kustomization.yaml", "resources:\n  - https://github.com/example/repo//base\n"]]), "apps", undefined, /apps\/kustomization\.yaml/],
])("bad input is refused with a code and a message naming the file (%#)", (tree, path, code, message) => {
  const result = renderSource(tree, path);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    if (code) expect(result.code).toBe(code);
    expect(result.message).toMatch(message);
  }
});
