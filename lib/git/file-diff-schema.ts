// The shape of a per-file diff as plain data, apart from the code that computes it, so the
// sandbox UI can validate diffs without bundling git.
import { z } from "zod";

/** Line numbers as in a `git diff` hunk header (@@ -oldStart,oldLines +newStart,newLines @@). */
export const diffHunkSchema = z.object({
  oldStart: z.number(),
  oldLines: z.number(),
  newStart: z.number(),
  newLines: z.number(),
  /** Each line starts with " ", "-" or "+" (or "\\" for "No newline at end of file"). */
  lines: z.array(z.string()),
});

export const fileDiffSchema = z.object({
  path: z.string(),
  /** The previous path of a renamed file. */
  oldPath: z.string().optional(),
  status: z.enum(["added", "modified", "deleted", "renamed"]),
  /** Binary content (a NUL byte in the first 8000 bytes, git's test) has no line hunks. */
  binary: z.boolean(),
  hunks: z.array(diffHunkSchema),
});

export type DiffHunk = z.infer<typeof diffHunkSchema>;
export type FileDiff = z.infer<typeof fileDiffSchema>;
