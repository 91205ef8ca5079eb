import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { diffResource } from "@/lib/reconciler/diff-resource";

const dir = "tests/fixtures/reconciler/diff";

for (const file of readdirSync(dir).filter((name) => name.endsWith(".yaml")).sort()) {
  test(`diff: ${file}`, () => {
    const fixture = parse(readFileSync(path.join(dir, file), "utf8"));
    expect(diffResource(fixture.desired, fixture.live, fixture.lastApplied)).toEqual(fixture.expected);
  });
}
