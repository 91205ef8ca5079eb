// A simulated pull request as plain data, apart from the store that reads and writes them, so
// the sandbox UI can validate them without bundling git.
import { z } from "zod";
import { gitIdentitySchema } from "./git-context";

export const pullRequestSchema = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  description: z.string(),
  /** The branch whose commits are proposed. */
  source: z.string(),
  /** The branch they would be merged into. */
  base: z.string(),
  author: gitIdentitySchema,
  state: z.enum(["open", "merged", "closed"]),
  /** Unix seconds, like commit timestamps. */
  createdAt: z.number(),
  approvals: z.array(z.object({ reviewer: gitIdentitySchema, at: z.number(), headOid: z.string() })),
  mergeCommit: z.string().nullable(),
  mergedAt: z.number().nullable(),
  closedAt: z.number().nullable(),
});

export type PullRequest = z.infer<typeof pullRequestSchema>;
