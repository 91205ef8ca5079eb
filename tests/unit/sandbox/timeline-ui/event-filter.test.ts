import { expect, test } from "vitest";
import { describeEventCount, distinctValues, filterEvents, isFiltering, NO_EVENT_FILTER } from "@/components/sandbox/timeline/event-filter";
import type { EventView } from "@/lib/sandbox/view-schema";

const T0 = Date.UTC(2024, 0, 1, 9, 0, 0);

function event(seq: number, fields: Partial<EventView> = {}): EventView {
  return {
    seq,
    time: T0 + seq * 1000,
    source: "argocd-application-controller",
    cluster: "in-cluster",
    object: "Application/web",
    type: "Normal",
    reason: "ResourceUpdated",
    message: `event ${seq}`,
    ...fields,
  };
}

const EVENTS: EventView[] = [
  event(1, { reason: "OperationStarted", message: "Initiated automated sync to 'a1b2c3d'" }),
  event(2, { type: "Warning", reason: "SyncFailed", message: "one or more objects failed to apply" }),
  event(3, { source: "kustomize-controller", object: "Kustomization/apps", reason: "ReconciliationSucceeded", message: "Applied revision: main@sha1:a1b2c3d" }),
  event(4, { source: "kubectl-scale", cluster: "staging", object: "Deployment/web", reason: "ScalingReplicaSet", message: "Scaled up replica set web-7d9 to 3" }),
  event(5, { type: "Warning", source: "kustomize-controller", object: "Kustomization/apps", reason: "BuildFailed", message: "kustomization.yaml: accumulating resources" }),
];

const seqs = (events: readonly EventView[]) => events.map((each) => each.seq);

test("without a filter every event is shown, newest first, and the input is left alone", () => {
  const input = [...EVENTS];
  expect(filterEvents(input, NO_EVENT_FILTER)).toMatchObject({ matched: 5, total: 5 });
  expect(seqs(filterEvents(input, NO_EVENT_FILTER).shown)).toEqual([5, 4, 3, 2, 1]);
  expect(seqs(input)).toEqual([1, 2, 3, 4, 5]);
});

test("type, source and cluster filters combine", () => {
  expect(seqs(filterEvents(EVENTS, { ...NO_EVENT_FILTER, type: "warnings" }).shown)).toEqual([5, 2]);
  expect(seqs(filterEvents(EVENTS, { ...NO_EVENT_FILTER, source: "kustomize-controller" }).shown)).toEqual([5, 3]);
  expect(seqs(filterEvents(EVENTS, { ...NO_EVENT_FILTER, type: "warnings", source: "kustomize-controller" }).shown)).toEqual([5]);
  expect(seqs(filterEvents(EVENTS, { ...NO_EVENT_FILTER, cluster: "staging" }).shown)).toEqual([4]);
  expect(seqs(filterEvents(EVENTS, { ...NO_EVENT_FILTER, cluster: "nowhere" }).shown)).toEqual([]);
});

test("search matches every word, in any case, across source, cluster, object, reason and message", () => {
  const search = (text: string) => seqs(filterEvents(EVENTS, { ...NO_EVENT_FILTER, text }).shown);
  expect(search("a1b2c3d")).toEqual([3, 1]);
  expect(search("  A1B2C3D   kustomization ")).toEqual([3]);
  expect(search("staging")).toEqual([4]);
  expect(search("syncfailed")).toEqual([2]);
  expect(search("kubectl-scale web")).toEqual([4]);
  expect(search("web nothing-like-this")).toEqual([]);
  expect(search("   ")).toEqual([5, 4, 3, 2, 1]);
});

test("rendering is capped to the newest matches", () => {
  const many = Array.from({ length: 450 }, (_, index) => event(index + 1, { type: index % 3 === 0 ? "Warning" : "Normal" }));
  const all = filterEvents(many, NO_EVENT_FILTER);
  expect(all.shown).toHaveLength(300);
  expect(all.shown[0].seq).toBe(450);
  expect(all.shown[299].seq).toBe(151);
  expect(filterEvents(many, { ...NO_EVENT_FILTER, type: "warnings" })).toMatchObject({ matched: 150, total: 450 });
  expect(filterEvents(many, NO_EVENT_FILTER, 2).shown).toHaveLength(2);
});

test("the count says how many events there are and how many are shown", () => {
  expect(describeEventCount(filterEvents(EVENTS, NO_EVENT_FILTER))).toBe("5 events");
  expect(describeEventCount(filterEvents(EVENTS, { ...NO_EVENT_FILTER, type: "warnings" }))).toBe("5 events (2 shown)");
  expect(describeEventCount(filterEvents([EVENTS[0]], NO_EVENT_FILTER))).toBe("1 event");
  expect(describeEventCount(filterEvents([], NO_EVENT_FILTER))).toBe("0 events");
  const many = Array.from({ length: 450 }, (_, index) => event(index + 1));
  expect(describeEventCount(filterEvents(many, NO_EVENT_FILTER))).toBe("450 events (300 of 450 matches shown)");
});

test("distinct sources and clusters, sorted, for the filter options", () => {
  expect(distinctValues(EVENTS, "source")).toEqual(["argocd-application-controller", "kubectl-scale", "kustomize-controller"]);
  expect(distinctValues(EVENTS, "cluster")).toEqual(["in-cluster", "staging"]);
  expect(distinctValues([], "source")).toEqual([]);
});

test("isFiltering is false only for the empty filter", () => {
  expect(isFiltering(NO_EVENT_FILTER)).toBe(false);
  expect(isFiltering({ ...NO_EVENT_FILTER, text: "   " })).toBe(false);
  expect(isFiltering({ ...NO_EVENT_FILTER, text: "web" })).toBe(true);
  expect(isFiltering({ ...NO_EVENT_FILTER, type: "warnings" })).toBe(true);
  expect(isFiltering({ ...NO_EVENT_FILTER, source: "kubectl-scale" })).toBe(true);
  expect(isFiltering({ ...NO_EVENT_FILTER, cluster: "staging" })).toBe(true);
});
