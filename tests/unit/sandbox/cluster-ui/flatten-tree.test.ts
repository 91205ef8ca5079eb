import { expect, test } from "vitest";
import { filterTreeByCluster, findNode, treeKeyAction, visibleRows } from "@/components/sandbox/cluster/flatten-tree";
import { deployment, node, orphan, remote, service } from "./fixtures";

const roots = [deployment, service, orphan];
const summary = (rows: ReturnType<typeof visibleRows>) => rows.map((row) => `${row.level}:${row.node.object.name}:${row.posInSet}/${row.setSize}:${row.expandable ? (row.expanded ? "open" : "closed") : "leaf"}`);

test("rows come depth-first with aria levels, positions and open states", () => {
  expect(summary(visibleRows(roots, new Set()))).toEqual([
    "1:web:1/3:open",
    "2:web-5d9f:1/1:open",
    "3:web-5d9f-a:1/2:leaf",
    "3:web-5d9f-b:2/2:leaf",
    "1:web:2/3:leaf",
    "1:old-settings:3/3:leaf",
  ]);
});

test("a collapsed node hides its subtree but keeps its own row", () => {
  const rows = visibleRows(roots, new Set(["deploy"]));
  expect(summary(rows)).toEqual(["1:web:1/3:closed", "1:web:2/3:leaf", "1:old-settings:3/3:leaf"]);
});

test("keys are paths of ids, and repeated sibling ids are numbered", () => {
  const twin = node("same", "Pod", "a");
  const rows = visibleRows([node("root", "Deployment", "d", { children: [twin, { ...twin, object: { ...twin.object, name: "b" } }] })], new Set());
  expect(rows.map((row) => row.key)).toEqual(["root", "root\u001fsame", "root\u001fsame#1"]);
  expect(rows.map((row) => row.parentKey)).toEqual([null, "root", "root"]);
});

test("arrow keys, Home and End move through the visible rows", () => {
  const rows = visibleRows(roots, new Set());
  const keys = rows.map((row) => row.key);
  expect(treeKeyAction(rows, keys[0], "ArrowDown")).toEqual({ type: "focus", key: keys[1] });
  expect(treeKeyAction(rows, keys[1], "ArrowUp")).toEqual({ type: "focus", key: keys[0] });
  expect(treeKeyAction(rows, keys[0], "ArrowUp")).toBeNull();
  expect(treeKeyAction(rows, keys[5], "ArrowDown")).toBeNull();
  expect(treeKeyAction(rows, keys[3], "Home")).toEqual({ type: "focus", key: keys[0] });
  expect(treeKeyAction(rows, keys[0], "End")).toEqual({ type: "focus", key: keys[5] });
});

test("Right expands a closed node, then enters it; Left collapses, then goes to the parent", () => {
  const open = visibleRows(roots, new Set());
  const closed = visibleRows(roots, new Set(["deploy"]));
  expect(treeKeyAction(closed, "deploy", "ArrowRight")).toEqual({ type: "expand", key: "deploy" });
  expect(treeKeyAction(open, "deploy", "ArrowRight")).toEqual({ type: "focus", key: "deploy\u001frs" });
  expect(treeKeyAction(open, "svc", "ArrowRight")).toBeNull();
  expect(treeKeyAction(open, "deploy", "ArrowLeft")).toEqual({ type: "collapse", key: "deploy" });
  expect(treeKeyAction(open, "deploy\u001frs\u001fpod-b", "ArrowLeft")).toEqual({ type: "focus", key: "deploy\u001frs" });
  expect(treeKeyAction(closed, "deploy", "ArrowLeft")).toBeNull();
});

test("Enter and Space select; a letter jumps to the next name starting with it; other keys do nothing", () => {
  const rows = visibleRows(roots, new Set());
  expect(treeKeyAction(rows, "svc", "Enter")).toEqual({ type: "select", key: "svc" });
  expect(treeKeyAction(rows, "svc", " ")).toEqual({ type: "select", key: "svc" });
  expect(treeKeyAction(rows, "svc", "o")).toEqual({ type: "focus", key: "cm" });
  expect(treeKeyAction(rows, "svc", "W")).toEqual({ type: "focus", key: "deploy" });
  expect(treeKeyAction(rows, "svc", "z")).toBeNull();
  expect(treeKeyAction(rows, "svc", "Tab")).toBeNull();
  expect(treeKeyAction([], null, "ArrowDown")).toBeNull();
});

test("an unknown current key acts from the first row", () => {
  const rows = visibleRows(roots, new Set());
  expect(treeKeyAction(rows, "gone", "ArrowDown")).toEqual({ type: "focus", key: rows[1].key });
});

test("filtering by cluster keeps that cluster's nodes and does not touch the input", () => {
  const input = [deployment, remote];
  const filtered = filterTreeByCluster(input, "prod");
  expect(filtered.map((entry) => entry.id)).toEqual(["remote"]);
  expect(filterTreeByCluster(input, "in-cluster").map((entry) => entry.id)).toEqual(["deploy"]);
  expect(input).toEqual([deployment, remote]);
  expect(deployment.children).toHaveLength(1);
});

test("findNode matches cluster and object, ignoring an absent namespace", () => {
  const pod = { cluster: "in-cluster", object: { group: "", kind: "Pod", namespace: "shop", name: "web-5d9f-b" } };
  expect(findNode(roots, pod)?.id).toBe("pod-b");
  expect(findNode(roots, { ...pod, cluster: "prod" })).toBeNull();
  expect(findNode(roots, null)).toBeNull();
  const clusterScoped = node("ns", "Namespace", "shop", { object: { group: "", kind: "Namespace", name: "shop" } });
  expect(findNode([clusterScoped], { cluster: "in-cluster", object: { group: "", kind: "Namespace", namespace: "", name: "shop" } })?.id).toBe("ns");
});
