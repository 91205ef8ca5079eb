// `npm start` builds only when the sources changed since the last build: a sha256 over the
// files that go into the build, kept beside it in .next/.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const BUILD_INPUTS = ["app", "components", "content", "lib", "public", "prisma/schema.prisma", "next.config.mjs", "tsconfig.json", "package-lock.json"];
// Generated or not part of the web build.
const SKIPPED = new Set(["node_modules", ".next", "generated", "cli"]);
const STAMP = path.join(".next", "reconcile-build-stamp");

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((child) => !SKIPPED.has(child.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((child) => listFiles(path.join(entry, child.name)));
}

export function computeBuildStamp(root: string): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) {
    for (const file of listFiles(path.join(root, input))) {
      hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function isBuildCurrent(root: string, stamp: string): boolean {
  const stampPath = path.join(root, STAMP);
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampPath) && readFileSync(stampPath, "utf8") === stamp;
}

export function recordBuildStamp(root: string, stamp: string): void {
  writeFileSync(path.join(root, STAMP), stamp);
}
