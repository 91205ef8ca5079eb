// The immutable snapshot the worker sends the UI after every change: enough to draw every panel
// without asking again. Large or rarely needed things (file contents, diffs, live manifests) are
// read on demand instead (see protocol.ts). Validated with zod on the UI side.
import { z } from "zod";
import { fileDiffSchema } from "@/lib/git/file-diff-schema";
import { pullRequestSchema } from "@/lib/git/pull-request-schema";
import { objectIdSchema } from "./commands";

export const healthStatusSchema = z.enum(["Healthy", "Progressing", "Degraded", "Suspended", "Missing", "Unknown"]);
export const syncStatusSchema = z.enum(["Synced", "OutOfSync", "Unknown"]);

export const healthSchema = z.object({ status: healthStatusSchema, message: z.string().optional() });

const commitSchema = z.object({
  oid: z.string(),
  message: z.string(),
  parents: z.array(z.string()),
  author: z.object({ name: z.string(), email: z.string(), timestamp: z.number() }),
});

export const repositoryViewSchema = z.object({
  url: z.string(),
  /** Short name for tabs and the terminal: the last URL segment without ".git". */
  name: z.string(),
  head: z.object({ branch: z.string().nullable(), oid: z.string().nullable() }),
  branches: z.array(z.object({ name: z.string(), oid: z.string() })),
  tags: z.array(z.object({ name: z.string(), commit: z.string() })),
  /** Children before parents (topological), every commit reachable from a branch or tag. */
  commits: z.array(commitSchema),
  pullRequests: z.array(pullRequestSchema),
  operation: z.object({ kind: z.enum(["merge", "revert"]), branch: z.string(), theirs: z.string(), conflicts: z.array(z.string()) }).nullable(),
  changes: z.array(z.object({ path: z.string(), inHead: z.boolean(), changedInWorktree: z.boolean(), staged: z.boolean(), unstaged: z.boolean() })),
  /** Every file of the working tree, sorted. */
  files: z.array(z.string()),
});

/** A YAML or schema problem in a working-tree file: 1-based line and column. */
export const problemSchema = z.object({
  repo: z.string(),
  path: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
});

/** One node of an application tree: a managed resource, or an object it owns (ReplicaSet, Pod). */
export type TreeNode = {
  id: string;
  cluster: string;
  object: z.infer<typeof objectIdSchema>;
  /** Only for resources the application manages. */
  sync?: z.infer<typeof syncStatusSchema>;
  health?: z.infer<typeof healthSchema>;
  /** Live but not in Git: Argo CD would prune it. */
  requiresPruning?: boolean;
  /** Exists in Git but not in the cluster yet. */
  missing?: boolean;
  /** A short line under the name: replicas, image, pod phase. */
  info?: string;
  children: TreeNode[];
};

export const treeNodeSchema: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    cluster: z.string(),
    object: objectIdSchema,
    sync: syncStatusSchema.optional(),
    health: healthSchema.optional(),
    requiresPruning: z.boolean().optional(),
    missing: z.boolean().optional(),
    info: z.string().optional(),
    children: z.array(treeNodeSchema),
  }),
);

export const applicationViewSchema = z.object({
  name: z.string(),
  project: z.string(),
  source: z.object({ repoURL: z.string(), path: z.string(), targetRevision: z.string() }),
  destination: z.object({ cluster: z.string(), namespace: z.string() }),
  sync: z.object({ status: syncStatusSchema, revision: z.string().optional() }),
  health: healthSchema,
  automated: z.object({ prune: z.boolean(), selfHeal: z.boolean() }).nullable(),
  operation: z.object({ phase: z.string(), message: z.string() }).nullable(),
  conditions: z.array(z.object({ type: z.string(), message: z.string() })),
  /** Deployment history ids, newest last, for rollback. */
  history: z.array(z.object({ id: z.number(), revision: z.string(), deployedAt: z.string() })),
  resources: z.array(treeNodeSchema),
});

export const conditionViewSchema = z.object({ type: z.string(), status: z.string(), reason: z.string(), message: z.string() });

export const fluxSourceViewSchema = z.object({
  name: z.string(),
  namespace: z.string(),
  url: z.string(),
  ref: z.string(),
  interval: z.string(),
  suspended: z.boolean(),
  artifactRevision: z.string().optional(),
  conditions: z.array(conditionViewSchema),
});

export const fluxKustomizationViewSchema = z.object({
  name: z.string(),
  namespace: z.string(),
  path: z.string(),
  source: z.string(),
  interval: z.string(),
  prune: z.boolean(),
  suspended: z.boolean(),
  lastAppliedRevision: z.string().optional(),
  conditions: z.array(conditionViewSchema),
  resources: z.array(treeNodeSchema),
});

export const eventViewSchema = z.object({
  seq: z.number(),
  time: z.number(),
  source: z.string(),
  cluster: z.string(),
  object: z.string(),
  type: z.enum(["Normal", "Warning"]),
  reason: z.string(),
  message: z.string(),
});

export const sandboxViewSchema = z.object({
  scenario: z.object({ id: z.string(), title: z.string(), summary: z.string(), openFile: z.object({ repo: z.string(), path: z.string() }).nullable() }),
  /** Simulated time, ms since the epoch. */
  time: z.number(),
  clock: z.object({ running: z.boolean(), speed: z.union([z.literal(1), z.literal(10), z.literal(60)]) }),
  /** When the next Argo CD refresh or Flux interval is due (simulated ms), if any. */
  nextReconcileAt: z.number().nullable(),
  repositories: z.array(repositoryViewSchema),
  problems: z.array(problemSchema),
  clusters: z.array(z.object({ name: z.string(), server: z.string(), objectCount: z.number() })),
  applications: z.array(applicationViewSchema),
  flux: z.object({ sources: z.array(fluxSourceViewSchema), kustomizations: z.array(fluxKustomizationViewSchema) }),
  /** The newest events last (at most a few hundred). */
  events: z.array(eventViewSchema),
  /** How many commands the log holds (undo is possible when > 0). */
  logLength: z.number().int().nonnegative(),
});

export type SandboxView = z.infer<typeof sandboxViewSchema>;
export type RepositoryView = z.infer<typeof repositoryViewSchema>;
export type ApplicationView = z.infer<typeof applicationViewSchema>;
export type FluxKustomizationView = z.infer<typeof fluxKustomizationViewSchema>;
export type FluxSourceView = z.infer<typeof fluxSourceViewSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type EventView = z.infer<typeof eventViewSchema>;

/** A live object and what Git wants, for the resource panel. */
export const liveObjectViewSchema = z.object({
  cluster: z.string(),
  object: objectIdSchema,
  liveYaml: z.string().nullable(),
  desiredYaml: z.string().nullable(),
  /** Unified diff lines of desired (−) against live (+), empty when they match. */
  diff: z.array(z.string()),
  /** "Why OutOfSync?": one entry per differing field, with where the value comes from in Git. */
  explanations: z.array(
    z.object({
      path: z.string(),
      summary: z.string(),
      source: z.object({ repo: z.string().optional(), file: z.string(), line: z.number() }).optional(),
      changedBy: z.string().optional(),
    }),
  ),
  health: healthSchema.optional(),
  sync: syncStatusSchema.optional(),
});

export type LiveObjectView = z.infer<typeof liveObjectViewSchema>;
export { fileDiffSchema };
