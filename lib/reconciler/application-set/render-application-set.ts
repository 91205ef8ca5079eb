// An ApplicationSet → the Applications it generates (the ApplicationSet controller's job):
// run each generator, keep the parameter sets its post-selector accepts, render the template
// once per set. Generators supported: list, clusters, git directories, matrix (exactly two
// children, as Argo CD requires).
import { generateClusters, type ClusterGeneratorSpec, type ClusterSecret } from "./generate-clusters";
import { generateGitDirectories, type GitDirectoryPattern } from "./generate-git-directories";
import { generateList } from "./generate-list";
import { matchesSelector, type LabelSelector } from "@/lib/kube/label-selector";
import { ApplicationSetError, mergeParameterSets, type ParameterSet, type ParameterValue } from "./parameters";
import { renderTemplate } from "./render-template";

export interface Generator {
  list?: { elements: Record<string, ParameterValue>[] };
  clusters?: ClusterGeneratorSpec;
  git?: { repoURL: string; revision?: string; directories?: GitDirectoryPattern[]; files?: unknown };
  matrix?: { generators: Generator[] };
  selector?: LabelSelector;
}

export interface ApplicationSetSpec {
  goTemplate?: boolean;
  generators: Generator[];
  template: { metadata: { name: string; [field: string]: unknown }; spec: Record<string, unknown> };
}

export interface GeneratorContext {
  clusterSecrets: readonly ClusterSecret[];
  /** The files of a repository at a revision, for git generators. */
  repositoryFiles(repoURL: string, revision: string): readonly string[];
}

export interface GeneratedApplication {
  apiVersion: "argoproj.io/v1alpha1";
  kind: "Application";
  metadata: { name: string; [field: string]: unknown };
  spec: Record<string, unknown>;
}

function runGenerator(generator: Generator, context: GeneratorContext): ParameterSet[] {
  const kinds = (["list", "clusters", "git", "matrix"] as const).filter((kind) => generator[kind]);
  if (kinds.length !== 1) throw new ApplicationSetError("INVALID_GENERATOR", `a generator must have exactly one type, found ${kinds.join(", ") || "none"}`);
  let sets: ParameterSet[];
  if (generator.list) sets = generateList(generator.list.elements ?? []);
  else if (generator.clusters) sets = generateClusters(generator.clusters, context.clusterSecrets);
  else if (generator.git) {
    if (!generator.git.directories) throw new ApplicationSetError("UNSUPPORTED_GENERATOR", "only the git directory generator is simulated (git files is not)");
    sets = generateGitDirectories(generator.git.directories, context.repositoryFiles(generator.git.repoURL, generator.git.revision ?? "HEAD"));
  } else {
    const children = generator.matrix!.generators ?? [];
    if (children.length !== 2) throw new ApplicationSetError("INVALID_GENERATOR", `a matrix generator needs exactly two child generators, found ${children.length}`);
    const [left, right] = children.map((child) => runGenerator(child, context));
    sets = left.flatMap((a) => right.map((b) => mergeParameterSets(a, b)));
  }
  return generator.selector ? sets.filter((set) => matchesSelector(generator.selector, set.flat)) : sets;
}

/**
 * @example renderApplicationSet(spec, { clusterSecrets: [], repositoryFiles: () => files })
 *          // [{ kind: "Application", metadata: { name: "guestbook-dev" }, spec: {…} }, …]
 */
export function renderApplicationSet(spec: ApplicationSetSpec, context: GeneratorContext): GeneratedApplication[] {
  const applications: GeneratedApplication[] = [];
  const names = new Set<string>();
  for (const generator of spec.generators) {
    for (const parameters of runGenerator(generator, context)) {
      const rendered = renderTemplate(spec.template, parameters, spec.goTemplate ?? false);
      if (names.has(rendered.metadata.name)) {
        throw new ApplicationSetError("DUPLICATE_APPLICATION", `two generated Applications are both named "${rendered.metadata.name}"`);
      }
      names.add(rendered.metadata.name);
      applications.push({ apiVersion: "argoproj.io/v1alpha1", kind: "Application", metadata: rendered.metadata, spec: rendered.spec });
    }
  }
  return applications;
}
