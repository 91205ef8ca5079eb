// Everything a learner does that changes the sandbox, as data. The command log is the source of
// truth: replaying it from the scenario's seed rebuilds the same repositories (same SHAs, since
// git's clock is the simulated clock) and the same world — that is how undo, reset, share links
// and crash recovery work. Reads (file contents, diffs, live manifests) are not commands.
import { z } from "zod";

const repo = z.string().min(1).max(200);
const path = z
  .string()
  .trim()
  .min(1, "Give the file a path.")
  .max(300)
  .refine((value) => !value.startsWith("/") && !value.split("/").some((part) => part === ".." || part === "." || part === "" || part === ".git"), "Use a relative path like apps/web/deployment.yaml.");
const branch = z
  .string()
  .trim()
  .min(1, "Give the branch a name.")
  .max(100)
  .regex(/^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]+(?<![./])$/, "Branch names use letters, digits, '.', '_', '-' and '/'.");

export const objectIdSchema = z.object({
  group: z.string().max(200),
  kind: z.string().min(1).max(100),
  namespace: z.string().max(100).optional(),
  name: z.string().min(1).max(253),
});

export const sandboxCommandSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("write-file"), repo, path, content: z.string().max(1_000_000) }),
  z.object({ type: z.literal("rename-path"), repo, from: path, to: path }),
  /** Deletes a file, or every file under a folder. */
  z.object({ type: z.literal("delete-path"), repo, path }),
  z.object({ type: z.literal("stage"), repo, paths: z.array(path).max(1000).optional() }),
  z.object({ type: z.literal("unstage"), repo, paths: z.array(path).max(1000).optional() }),
  z.object({ type: z.literal("discard"), repo, paths: z.array(path).max(1000) }),
  z.object({ type: z.literal("commit"), repo, message: z.string().trim().min(1, "Write a commit message.").max(5000), all: z.boolean().optional() }),
  z.object({ type: z.literal("create-branch"), repo, name: branch, from: z.string().max(100).optional(), checkout: z.boolean() }),
  z.object({ type: z.literal("switch-branch"), repo, name: branch }),
  z.object({ type: z.literal("merge-branch"), repo, from: branch }),
  z.object({ type: z.literal("conclude-merge"), repo, message: z.string().max(5000).optional() }),
  z.object({ type: z.literal("abort-merge"), repo }),
  z.object({ type: z.literal("revert-commit"), repo, oid: z.string().regex(/^[0-9a-f]{4,40}$/) }),
  z.object({ type: z.literal("open-pull-request"), repo, source: branch, base: branch, title: z.string().trim().min(1, "Give the pull request a title.").max(200), description: z.string().max(5000).default("") }),
  z.object({ type: z.literal("approve-pull-request"), repo, number: z.number().int().positive() }),
  z.object({ type: z.literal("merge-pull-request"), repo, number: z.number().int().positive() }),
  z.object({ type: z.literal("close-pull-request"), repo, number: z.number().int().positive() }),
  /** One terminal line (kubectl, argocd, flux). */
  z.object({ type: z.literal("terminal"), line: z.string().max(4000) }),
  /** Saving a live object opened with `kubectl edit`. */
  z.object({ type: z.literal("edit-live"), cluster: z.string().min(1).max(100), object: objectIdSchema, yaml: z.string().max(1_000_000) }),
  /** Argo CD "Refresh" on every Application and Flux `reconcile` on every source and Kustomization. */
  z.object({ type: z.literal("refresh-now") }),
  z.object({ type: z.literal("sync-app"), name: z.string().min(1).max(253), prune: z.boolean().default(false) }),
  /** Simulated time passing: whole seconds, so consecutive advances merge into one exactly. */
  z.object({ type: z.literal("advance"), ms: z.number().int().positive().max(24 * 3_600_000).multipleOf(1000) }),
]);

export type SandboxCommand = z.infer<typeof sandboxCommandSchema>;
export type SandboxCommandInput = z.input<typeof sandboxCommandSchema>;
export type ObjectId = z.infer<typeof objectIdSchema>;

/** The outcome of one command, as the UI shows it. `output` is terminal text. */
export const commandResultSchema = z.object({
  ok: z.boolean(),
  message: z.string().optional(),
  output: z.string().optional(),
  /** `kubectl edit`: the live object to open in the editor. */
  openLive: z.object({ cluster: z.string(), object: objectIdSchema, yaml: z.string() }).optional(),
  /** A path the UI should open (a conflicted file after a merge, for instance). */
  openFile: z.object({ repo: z.string(), path: z.string() }).optional(),
});

export type CommandResult = z.infer<typeof commandResultSchema>;
