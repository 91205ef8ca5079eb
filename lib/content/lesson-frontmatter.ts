// The frontmatter every lesson declares. Ids are stable: progress is stored against them.
import { z } from "zod";

export const COMPLEXITIES = ["medium", "complex"] as const;

export const lessonFrontmatterSchema = z.strictObject({
  id: z.string().regex(/^\d+\.\d+$/, 'must look like "3.1"'),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  title: z.string().trim().min(3),
  complexity: z.enum(COMPLEXITIES),
  timeRange: z.string().regex(/^\d+-\d+ min$/, 'must look like "35-45 min"'),
  description: z.string().trim().min(20),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const trackSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().trim().min(1),
  tagline: z.string().trim().min(1),
  description: z.string().trim().min(1),
  totalTime: z.string().trim().min(1),
});

export type Track = z.infer<typeof trackSchema>;
