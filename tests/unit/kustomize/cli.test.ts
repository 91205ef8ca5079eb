// The CLI prints what `kustomize build` prints, and fails with one line naming the file.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { FIXTURES } from "./fixture-tree";

const ROOT = path.resolve(__dirname, "../../..");

function runCli(caseName: string, build: string) {
  const dir = path.join(FIXTURES, caseName);
  return spawnSync(process.execPath, ["--import", "tsx", "lib/cli/kustomize.ts", "build", path.join(dir, build), "--root", dir], {
    cwd: ROOT,
    encoding: "utf8",
  });
}

test("the CLI prints the golden output of an overlay", () => {
  const run = runCli("overlays-of-overlays", "overlays/prod");
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(readFileSync(path.join(FIXTURES, "overlays-of-overlays/expected.yaml"), "utf8"));
});

test("the CLI fails with one line naming the file", () => {
  const run = runCli("error-missing-file", "app");
  expect(run.status).toBe(1);
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe("Error: app/kustomization.yaml: resource 'deployment.yaml' not found (no file or directory app/deployment.yaml)\n");
});
