/** The components a lesson may use as JSX (content/AUTHORING.md); content:check refuses others. */
export const LESSON_COMPONENT_NAMES = ["Callout", "DidYouKnow", "WarStory", "Exercise", "Quiz", "Diagram"] as const;

/** The sections every lesson has, as `##` headings (content/AUTHORING.md). */
export const REQUIRED_SECTIONS = ["Prerequisites", "Why it matters", "War story", "Common mistakes", "Quiz", "Hands-on", "Key takeaways"] as const;

export const MIN_PROSE_WORDS = 3_000;

/** The components the track overview (content/gitops/track.mdx) may use. */
export const TRACK_COMPONENT_NAMES = ["ModulesTable", "LearningPath", "TrackChecklist", "Diagram", "Callout", "DidYouKnow"] as const;
