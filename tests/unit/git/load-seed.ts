import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { RepositorySeed } from "@/lib/git";

/** A repository seed from tests/fixtures/git/<name>.yaml. */
export function loadSeed(name: string): RepositorySeed {
  return parse(readFileSync(path.join(process.cwd(), "tests/fixtures/git", `${name}.yaml`), "utf8")) as RepositorySeed;
}
