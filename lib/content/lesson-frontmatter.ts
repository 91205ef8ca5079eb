// The frontmatter every lesson declares. Ids are stable: progress is stored against them.
import { z } from "zod";

export const COMPLEXITIES = ["medium", "complex"] as const;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");

export const checklistItemSchema = z.strictObject({
  id: kebabId,
  text: z.string().trim().min(8, "must say what the learner can do"),
});

export type ChecklistItem = z.infer<typeof checklistItemSchema>;

function uniqueIds(items: readonly { id: string }[]) {
  return new Set(items.map((item) => item.id)).size === items.length;
}

export const lessonFrontmatterSchema = z.strictObject({
  id: z.string().regex(/^\d+\.\d+$/, 'must look like "3.1"'),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  title: z.string().trim().min(3),
  complexity: z.enum(COMPLEXITIES),
  timeRange: z.string().regex(/^\d+-\d+ min$/, 'must look like "35-45 min"'),
  description: z.string().trim().min(20),
  objectives: z.array(z.string().trim().min(8)).length(3, "must list exactly 3 objectives (the module's learning path)"),
  prerequisites: z.array(z.string().trim().min(3)).min(1, "must list at least one prerequisite"),
  checklist: z
    .array(checklistItemSchema)
    .min(3, "must have 3 to 6 checklist items")
    .max(6, "must have 3 to 6 checklist items")
    .refine(uniqueIds, "checklist ids must be unique"),
  exercises: z.array(kebabId).min(1, "must declare at least one exercise id").refine((ids) => new Set(ids).size === ids.length, "exercise ids must be unique"),
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
