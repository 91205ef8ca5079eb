import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { computeBuildStamp, isBuildCurrent, recordBuildStamp } from "@/lib/cli/build-stamp";

test("the stamp changes with a source file and not with data/ or generated code", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "reconcile-stamp-"));
  try {
    mkdirSync(path.join(root, "app"));
    mkdirSync(path.join(root, "lib/db/generated"), { recursive: true });
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, "app/page.tsx"), "one");
    const first = computeBuildStamp(root);
    expect(isBuildCurrent(root, first)).toBe(false);
    writeFileSync(path.join(root, ".next/BUILD_ID"), "x");
    recordBuildStamp(root, first);
    expect(isBuildCurrent(root, first)).toBe(true);

    mkdirSync(path.join(root, "data"));
    writeFileSync(path.join(root, "data/anything"), "ignored");
    writeFileSync(path.join(root, "lib/db/generated/client.ts"), "ignored");
    expect(computeBuildStamp(root)).toBe(first);

    writeFileSync(path.join(root, "app/page.tsx"), "two");
    const second = computeBuildStamp(root);
    expect(second).not.toBe(first);
    expect(isBuildCurrent(root, second)).toBe(false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
