// `npm run -s kustomize -- build <dir> [--root <repo>]`: the pure kustomize model on a real
// directory, printing what `kustomize build <dir>` prints. The tree given to the model is the
// repository around <dir> (the nearest ancestor with a .git, or --root), so "../base" works;
// bulky folders that never hold manifests are skipped. On an error: one line, exit code 1.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { buildKustomization, printResources } from "../kustomize";

const SKIPPED_DIRECTORIES = new Set([".git", "node_modules", ".next", "data", "test-results", "playwright-report"]);

function findRepositoryRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full);
      else if (entry.isFile()) files.set(path.relative(root, full).split(path.sep).join("/"), readFileSync(full, "utf8"));
    }
  };
  walk(root);
  return files;
}

function main(argv: readonly string[]): number {
  const rootFlag = argv.indexOf("--root");
  const explicitRoot = rootFlag >= 0 ? argv[rootFlag + 1] : undefined;
  const positional = rootFlag < 0 ? [...argv] : argv.filter((_, i) => i !== rootFlag && i !== rootFlag + 1);
  if (positional[0] !== "build" || positional.length > 2) {
    console.error("Usage: npm run -s kustomize -- build [dir] [--root <repository>]");
    return 2;
  }
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), positional[1] ?? ".");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`Error: ${positional[1] ?? "."}: not a directory`);
    return 1;
  }
  const root = explicitRoot ? path.resolve(process.env.INIT_CWD ?? process.cwd(), explicitRoot) : findRepositoryRoot(dir);
  const relative = path.relative(root, dir).split(path.sep).join("/");
  if (relative.startsWith("..")) {
    console.error(`Error: ${positional[1]}: not inside the repository ${root}`);
    return 1;
  }
  const result = buildKustomization(readTree(root), relative);
  if (!result.ok) {
    console.error(`Error: ${result.error.message.replace(/\n/g, " ")}`);
    return 1;
  }
  process.stdout.write(printResources(result.resources));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
