// kustomize's generator hash suffix, checked against names the real kustomize (v5.5.0,
// `kubectl kustomize`) gave the same generators.
import { expect, test } from "vitest";
import { buildKustomization } from "@/lib/kustomize";
import { generatorHash, hashInput } from "@/lib/kustomize/generator-hash";
import { sha256Hex } from "@/lib/kustomize/sha256";

function generatedNames(files: Record<string, string>, dir: string): string[] {
  const result = buildKustomization(new Map(Object.entries(files)), dir);
  if (!result.ok) throw new Error(result.error.message);
  return result.resources.map((object) => (object.metadata as { name: string }).name);
}

test("sha256 matches the FIPS 180-4 test vectors", () => {
  expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  expect(sha256Hex("a".repeat(1000))).toBe("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
});

test("the hashed JSON is Go's: sorted keys, HTML escapes, and an always-empty name", () => {
  const object = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "app" }, data: { b: "<&>", a: "1" } };
  expect(hashInput(object)).toBe('{"data":{"a":"1","b":"\\u003c\\u0026\\u003e"},"kind":"ConfigMap","name":""}');
  expect(hashInput({ kind: "Secret", metadata: { name: "s" } })).toBe('{"data":"","kind":"Secret","name":"","type":""}');
  expect(generatorHash({ kind: "ConfigMap", metadata: { name: "empty" } })).toBe("6ct58987ht");
});

test("hash suffixes of literal, file, env and secret generators match kustomize", () => {
  const files = {
    "kustomization.yaml": [
      "configMapGenerator:",
      "- name: literal",
      '  literals: [LOG_LEVEL=debug, "GREETING=hello <world> & co"]',
      "- name: files",
      "  files: [app.properties, custom-key=app.properties]",
      "- name: envs",
      "  envs: [vars.env]",
      "secretGenerator:",
      "- name: tls",
      "  type: kubernetes.io/tls",
      "  literals: [tls.crt=CERT, tls.key=KEY]",
      "- name: opaque",
      "  literals: [tls.crt=CERT, tls.key=KEY]",
      "",
    ].join("\n"),
    "app.properties": "color=blue\n",
    "vars.env": "A=1\nB=two words\n",
  };
  expect(generatedNames(files, "")).toEqual([
    "envs-5gttg69dkf",
    "files-26tbtkct7c",
    "literal-k6hh9httf7",
    "opaque-2dg7bmh962",
    "tls-4b255hm948",
  ]);
});

test("a merged generator is hashed over the merged data, after the overlay prefix", () => {
  const files = {
    "base/kustomization.yaml": "configMapGenerator:\n- name: app\n  literals: [A=1, B=2]\n",
    "overlay/kustomization.yaml": "namePrefix: p-\nresources: [../base]\nconfigMapGenerator:\n- name: app\n  behavior: merge\n  literals: [B=3, C=4]\n",
  };
  expect(generatedNames(files, "overlay")).toEqual(["p-app-k45267997d"]);
});
