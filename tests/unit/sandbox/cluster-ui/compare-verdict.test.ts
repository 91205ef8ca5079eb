import { expect, test } from "vitest";
import { compareVerdict, explanationMeta } from "@/components/sandbox/cluster/compare-verdict";
import { classifyDiffLine, diffCounts } from "@/components/sandbox/cluster/diff-lines";

const matching = { liveYaml: "replicas: 2\n", desiredYaml: "replicas: 2\n", diff: [], explanations: [], sync: "Synced" as const };
const explanation = { path: "spec.replicas", summary: "Someone scaled web to 5 with kubectl; Git says 2.", source: { file: "apps/web/deployment.yaml", line: 8 }, changedBy: "kubectl-scale" };

test("a matching resource says so", () => {
  expect(compareVerdict(matching, null)).toEqual({ heading: "Compared with Git", note: "This resource matches Git." });
});

test("explanations speak for themselves under 'Why OutOfSync?'", () => {
  const drifted = { ...matching, liveYaml: "replicas: 5\n", diff: ["-  replicas: 2", "+  replicas: 5"], explanations: [explanation], sync: "OutOfSync" as const };
  expect(compareVerdict(drifted, null)).toEqual({ heading: "Why OutOfSync?", note: null });
});

test("missing, prunable and unmanaged objects get their own sentence", () => {
  expect(compareVerdict({ ...matching, liveYaml: null, sync: "OutOfSync" }, { missing: true }).note).toBe("In Git but not in the cluster yet: the next sync creates it.");
  expect(compareVerdict({ ...matching, desiredYaml: null, sync: "OutOfSync" }, { requiresPruning: true }).note).toBe(
    "Live but not in Git: a sync with Prune deletes it. Without Prune it stays, and the application stays OutOfSync.",
  );
  expect(compareVerdict({ ...matching, desiredYaml: null, sync: undefined }, null)).toEqual({
    heading: "Compared with Git",
    note: "Not declared in Git: its owner or a controller creates it, so it is not compared with Git.",
  });
  expect(compareVerdict({ ...matching, desiredYaml: null, liveYaml: null, sync: undefined }, null).note).toBe("Neither Git nor the cluster has this object now.");
});

test("OutOfSync with nothing to show points at the diff or asks for a refresh", () => {
  expect(compareVerdict({ ...matching, diff: ["-a: 1", "+a: 2"], sync: "OutOfSync" }, null).note).toBe("The live object differs from Git: the Diff tab shows where.");
  expect(compareVerdict({ ...matching, sync: "OutOfSync" }, null)).toEqual({
    heading: "Why OutOfSync?",
    note: "Argo CD reports OutOfSync, yet the compared fields match now. Refresh to compare again.",
  });
});

test("diff lines: '-' is desired (Git), '+' is live, headers and hunks apart", () => {
  const lines = ["--- desired", "+++ live", "@@ -1,3 +1,3 @@", " spec:", "-  replicas: 2", "+  replicas: 5", "+  paused: true"];
  expect(lines.map(classifyDiffLine)).toEqual(["header", "header", "hunk", "context", "desired", "live", "live"]);
  expect(diffCounts(lines)).toEqual({ desired: 1, live: 2 });
});

test("explanation details repeat neither the field nor the writer the sentence already names", () => {
  expect(explanationMeta({ path: "spec.replicas", summary: "spec.replicas: Git says 2, live is 10 (changed by kubectl-scale)", changedBy: "kubectl-scale" })).toEqual({});
  expect(explanationMeta(explanation)).toEqual({ path: "spec.replicas", changedBy: "kubectl-scale" });
  expect(explanationMeta({ path: "", summary: "Deployment/web is in Git but not in the cluster", changedBy: undefined })).toEqual({});
});
