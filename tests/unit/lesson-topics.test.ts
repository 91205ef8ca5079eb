// Each module covers the topics the track promises (issue: "a content test asserts each
// module's required topics are present") — and is long enough, with a real quiz.
import { expect, test } from "vitest";
import { proseWordCount } from "@/lib/content/prose-word-count";
import { readTrackIndex } from "@/lib/content/track-index.server";

const REQUIRED_TOPICS: Record<string, (string | RegExp)[]> = {
  "3.1": ["Declarative", "Versioned and Immutable", "Pulled Automatically", "Continuously Reconciled", /\b120\b/, /jitter/i, "interval", /push/i, /pull/i, /\bCI\b/, /does not fit|not a fit|wrong tool|is not the right/i],
  "3.2": [/monorepo/i, /polyrepo/i, /app[- ]of[- ]apps/i, "CODEOWNERS", "AppProject", /config(uration)? repo/i, /team/i],
  "3.3": [/overlay/i, /branch-per-environment|branch per environment/i, /digest/i, /semver/i, "ImagePolicy", "ImageUpdateAutomation", "setWeight", "Flagger", /pull request/i],
  "3.4": ["ignoreDifferences", "selfHeal", "jqPathExpressions", "managedFieldsManagers", "RespectIgnoreDifferences", "driftDetection", /\bwarn\b/, /HPA|HorizontalPodAutoscaler/, /webhook/i, /runbook/i, "OutOfSync"],
  "3.5": ["kubeseal", /\bstrict\b/, "namespace-wide", "cluster-wide", "AES-256-GCM", /\bage\b/, "creation_rules", "encrypted_regex", /\bMAC\b/, "SecretStore", "ClusterSecretStore", "refreshInterval", "ExternalSecret"],
  "3.6": [/hub/i, /spoke|agent per cluster/i, "ApplicationSet", /list generator|`list`/i, /cluster generator|clusters:/i, /git directory|directories:/i, /matrix/i, /bootstrap/i, "RollingSync"],
};

test("every module covers its required topics, has 3,000+ words of prose and 6+ quiz questions", async () => {
  const { lessons } = await readTrackIndex(process.cwd());
  expect(lessons.map((lesson) => lesson.id)).toEqual(Object.keys(REQUIRED_TOPICS));
  for (const lesson of lessons) {
    const missing = REQUIRED_TOPICS[lesson.id].filter((topic) => (typeof topic === "string" ? !lesson.body.includes(topic) : !topic.test(lesson.body)));
    expect(missing, `module ${lesson.id} misses topics`).toEqual([]);
    expect(proseWordCount(lesson.body), `module ${lesson.id} words`).toBeGreaterThanOrEqual(3_000);
    expect(lesson.quiz.length, `module ${lesson.id} quiz`).toBeGreaterThanOrEqual(6);
    expect(new Set(lesson.quiz.map((question) => question.type)), `module ${lesson.id} mixes single and multiple choice`).toEqual(new Set(["single", "multiple"]));
  }
});
