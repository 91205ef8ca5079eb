import { expect, test } from "vitest";
import { assessHealth, listObjects, REVISION_ANNOTATION, type ClusterState } from "@/lib/kube";
import { find, loadScenario, podsByOwner, runScenario } from "./scenario";

/** Pods per ReplicaSet, with ReplicaSets named by revision (v1, v2…) so hashes don't leak in. */
function podsByRevision(state: ClusterState): Record<string, string> {
  const revisions = new Map(
    listObjects(state, { kind: "ReplicaSet" }).map((rs) => [rs.metadata.name, `v${rs.metadata.annotations?.[REVISION_ANNOTATION]}`]),
  );
  return Object.fromEntries(Object.entries(podsByOwner(state)).map(([owner, counts]) => [revisions.get(owner) ?? owner, counts]));
}

for (const name of ["rolling-update", "rolling-update-no-surge"]) {
  test(`${name}: pod counts per step honour maxSurge and maxUnavailable`, () => {
    const scenario = loadScenario(name);
    const run = runScenario(scenario);
    const seen = Object.fromEntries(Object.entries(run.observed).map(([label, state]) => [label, podsByRevision(state)]));
    expect(seen).toEqual(scenario.expect);
    expect(assessHealth(find(run.state, "Deployment", "web"))).toEqual({ status: "Healthy", message: "" });
  });
}

test("the Deployment records revisions on its ReplicaSets and status counts and conditions", () => {
  const run = runScenario(loadScenario("rolling-update"));
  const deployment = find(run.state, "Deployment", "web");
  expect(deployment?.metadata.annotations).toEqual({ [REVISION_ANNOTATION]: "2" });
  expect(deployment?.metadata.generation).toBe(2);
  const { conditions, ...counts } = deployment?.status as { conditions: Array<Record<string, string>> };
  expect(counts).toEqual({ observedGeneration: 2, replicas: 4, updatedReplicas: 4, readyReplicas: 4, availableReplicas: 4 });
  expect(conditions.map(({ type, status, reason }) => ({ type, status, reason }))).toEqual([
    { type: "Available", status: "True", reason: "MinimumReplicasAvailable" },
    { type: "Progressing", status: "True", reason: "NewReplicaSetAvailable" },
  ]);
  const replicaSets = listObjects(run.state, { kind: "ReplicaSet" }).map((rs) => [rs.metadata.annotations?.[REVISION_ANNOTATION], rs.spec?.replicas]);
  expect(replicaSets.sort()).toEqual([["1", 0], ["2", 4]]);
});

test("ImagePullBackOff: Progressing, then Degraded once progressDeadlineSeconds pass", () => {
  const scenario = loadScenario("image-pull-backoff");
  const run = runScenario(scenario);
  const seen = Object.fromEntries(
    Object.entries(run.observed).map(([label, state]) => {
      const deployment = find(state, "Deployment", "web");
      const pod = listObjects(state, { kind: "Pod" })[0];
      const progressing = ((deployment?.status?.conditions ?? []) as Array<Record<string, string>>).find((item) => item.type === "Progressing");
      return [label, { deployment: assessHealth(deployment), pod: assessHealth(pod), progressing: { status: progressing?.status, reason: progressing?.reason } }];
    }),
  );
  expect(seen).toEqual(scenario.expect);
});
