// A sandbox scenario: the repositories a learner starts with and what is already running in the
// clusters (the GitOps controllers' custom resources, a bootstrap Application…). Pure data, so a
// scenario can be replayed anywhere — in the worker, in a unit test, on the server.
import type { ClusterOptions } from "@/lib/kube";

export interface ScenarioRepository {
  /** The URL Applications and GitRepositories name, e.g. "https://git.example/shop.git". */
  url: string;
  /** Files of the first commit, by relative path. */
  files: Record<string, string>;
  /** Further commits, oldest first, so the graph has history. */
  history?: { message: string; files: Record<string, string | null> }[];
}

export interface Scenario {
  id: string;
  title: string;
  /** One or two sentences shown above the workbench. */
  summary: string;
  /** Seeds the simulation's ids and jitter. */
  seed: string;
  repositories: ScenarioRepository[];
  /** YAML documents applied to the hub cluster after the GitOps CRDs (Applications, Kustomizations…). */
  bootstrap: string[];
  /** Extra clusters beside the hub ("in-cluster"), by name. */
  clusters?: Record<string, ClusterOptions>;
  /** Objects applied to named clusters at the start (namespaces, pre-existing drift…). */
  clusterObjects?: Record<string, string[]>;
  /** Simulated seconds to run before the learner sees it, so the first sync has happened. */
  warmUpSeconds?: number;
  /** The file to open in the editor first. */
  openFile?: { repo: string; path: string };
}
