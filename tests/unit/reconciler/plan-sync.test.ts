import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { planSync } from "@/lib/reconciler/plan-sync";

const dir = "tests/fixtures/reconciler/sync-plan";

for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort()) {
  test(`sync plan: ${file}`, () => {
    const { input, expected } = parse(readFileSync(path.join(dir, file), "utf8"));
    const tasks = planSync({ ...input, only: input.only ? new Set(input.only) : undefined });
    expect(tasks.map((task) => `${task.phase} ${task.wave} ${task.action} ${task.manifest.kind}/${task.manifest.metadata.name}`)).toEqual(expected);
  });
}
