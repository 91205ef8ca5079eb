// The key/value sources of configMapGenerator and secretGenerator, read as kustomize reads
// them (api/kv): literals "KEY=VALUE" (one pair of surrounding quotes removed), files
// "path" or "key=path" (the key defaults to the file name), and env files of KEY=VALUE lines
// (blank lines and # comments skipped, values kept verbatim, quotes included).
import { basenameOf, type TreeIndex } from "./file-tree";
import { KustomizeError } from "./kustomize-error";
import type { GeneratorArgs } from "./kustomization-schema";
import { readRootFile } from "./read-root-file";

export interface SourceContext {
  tree: TreeIndex;
  dir: string;
  kustomizationFile: string;
}

type Pair = readonly [key: string, value: string];

function invalid(context: SourceContext, message: string): KustomizeError {
  return new KustomizeError("INVALID_KUSTOMIZATION", `${context.kustomizationFile}: ${message}`, { file: context.kustomizationFile });
}

function removeQuotes(value: string): string {
  const quoted = value.length >= 2 && ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")));
  return quoted ? value.slice(1, -1) : value;
}

function literalPairs(literals: readonly string[], context: SourceContext): Pair[] {
  return literals.map((literal) => {
    const equals = literal.indexOf("=");
    if (equals <= 0) throw invalid(context, `the literal "${literal}" must be KEY=VALUE`);
    return [literal.slice(0, equals), removeQuotes(literal.slice(equals + 1))];
  });
}

function filePairs(files: readonly string[], context: SourceContext): Pair[] {
  return files.map((entry) => {
    const equals = entry.indexOf("=");
    const key = equals < 0 ? basenameOf(entry) : entry.slice(0, equals);
    const path = equals < 0 ? entry : entry.slice(equals + 1);
    if (key === "" || path === "") throw invalid(context, `the file source "${entry}" must be a path or KEY=PATH`);
    return [key, readRootFile(context.tree, context.dir, path, context.kustomizationFile).text];
  });
}

function envPairs(envFiles: readonly string[], context: SourceContext): Pair[] {
  const pairs: Pair[] = [];
  for (const envFile of envFiles) {
    const { path, text } = readRootFile(context.tree, context.dir, envFile, context.kustomizationFile);
    const lines = text.replace(/^\uFEFF/, "").split("\n");
    lines.forEach((raw, index) => {
      const line = raw.replace(/\r$/, "").replace(/^\s+/, "");
      if (line === "" || line.startsWith("#")) return;
      const equals = line.indexOf("=");
      if (equals <= 0 || /\s/.test(line.slice(0, equals))) {
        throw new KustomizeError("INVALID_KUSTOMIZATION", `${path}: line ${index + 1} is not KEY=VALUE`, { file: path, line: index + 1 });
      }
      pairs.push([line.slice(0, equals), line.slice(equals + 1)]);
    });
  }
  return pairs;
}

/**
 * All key/value pairs of a generator, in declaration order (envs, then literals, then files,
 * as kustomize's loader collects them); a key given twice is an error.
 * @example generatorData({ name: "app", literals: ["A=1"] }, context) // { A: "1" }
 */
export function generatorData(args: GeneratorArgs, context: SourceContext): Record<string, string> {
  const envFiles = [...(args.envs ?? []), ...(args.env ? [args.env] : [])];
  const pairs = [...envPairs(envFiles, context), ...literalPairs(args.literals ?? [], context), ...filePairs(args.files ?? [], context)];
  const data: Record<string, string> = {};
  for (const [key, value] of pairs) {
    if (key in data) throw invalid(context, `the key "${key}" appears twice in generator ${args.name ?? ""}`);
    data[key] = value;
  }
  return data;
}
