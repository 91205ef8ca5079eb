import { expect, test } from "vitest";
import { fluxTable, KUBECTL_GET, tabwrite, TWO_SPACES } from "@/lib/sandbox/terminal/format-table";
import { goTime, humanDuration, rfc1123, rfc3339Nano } from "@/lib/sandbox/terminal/format-time";
import { toYaml } from "@/lib/sandbox/terminal/format-object";
import { smartLabel } from "@/lib/sandbox/terminal/describe-generic";

test("kubectl get tables: columns padded by 3, at least 6 wide, the last column never padded", () => {
  expect(tabwrite([["NAME", "READY", "AGE"], ["web", "1/1", "5s"], ["a-longer-name", "10/10", "3m"]], KUBECTL_GET)).toBe(
    ["NAME            READY   AGE", "web             1/1     5s", "a-longer-name   10/10   3m"].join("\n"),
  );
  expect(tabwrite([["A", "B"], ["x", "y"]], KUBECTL_GET)).toBe("A     B\nx     y");
});

test("tabwriter aligns a column only over the block of lines that have it", () => {
  // argocd app history: the SOURCE line's URL is its last cell, so it does not widen column 2.
  const text = tabwrite([["SOURCE", "https://git.example/shop.git"], ["ID", "DATE", "REVISION"], ["0", "2026-01-01 00:00:05 +0000 UTC", "main (abc1234)"]], TWO_SPACES);
  expect(text).toBe(["SOURCE  https://git.example/shop.git", "ID      DATE                           REVISION", "0       2026-01-01 00:00:05 +0000 UTC  main (abc1234)"].join("\n"));
  // A line without a tab ends the block: the lines after it align on their own.
  expect(tabwrite([["Name:", "web"], ["Pod Template:"], ["  Labels:", "app=web"]], TWO_SPACES)).toBe("Name:  web\nPod Template:\n  Labels:  app=web");
});

test("flux tables: upper-case headers, cells padded and followed by a tab (8-column stops)", () => {
  expect(fluxTable(["Name", "Ready", "Message"], [["apps", "True", "Applied revision: main@sha1:abc"]])).toBe(
    ["NAME    READY   MESSAGE", "apps    True    Applied revision: main@sha1:abc"].join("\n"),
  );
});

test("AGE as kubectl's HumanDuration", () => {
  const cases: [number, string][] = [[0, "0s"], [5_000, "5s"], [119_000, "119s"], [120_000, "2m"], [200_000, "3m20s"], [600_000, "10m"], [3 * 3600_000, "3h"], [3 * 3600_000 + 5 * 60_000, "3h5m"], [9 * 3600_000, "9h"], [50 * 3600_000, "2d2h"], [10 * 86_400_000, "10d"], [-500, "0s"], [-5_000, "<invalid>"]];
  for (const [ms, text] of cases) expect([ms, humanDuration(ms)]).toEqual([ms, text]);
});

test("timestamps as kubectl describe, argocd and flux print them", () => {
  const at = Date.UTC(2026, 0, 1, 0, 0, 5);
  expect(rfc1123(at)).toBe("Thu, 01 Jan 2026 00:00:05 +0000");
  expect(goTime(at)).toBe("2026-01-01 00:00:05 +0000 UTC");
  expect(rfc3339Nano(at)).toBe("2026-01-01T00:00:05Z");
  expect(rfc3339Nano(at + 120)).toBe("2026-01-01T00:00:05.12Z");
});

test("YAML like kubectl: sorted keys, sequences not indented, ambiguous strings quoted", () => {
  expect(toYaml({ spec: { replicas: 3, containers: [{ name: "web", image: "nginx" }] }, metadata: { labels: { on: "true", v: "1" }, creationTimestamp: "2026-01-01T00:00:00Z" } })).toBe(
    ['metadata:', '  creationTimestamp: "2026-01-01T00:00:00Z"', "  labels:", '    "on": "true"', '    v: "1"', "spec:", "  containers:", "  - image: nginx", "    name: web", "  replicas: 3"].join("\n"),
  );
});

test("describe's field labels split camel case and keep acronyms", () => {
  expect(["apiVersion", "repoURL", "targetRevision", "uid", "selfHeal", "podIPs", "k8sThing"].map(smartLabel)).toEqual(["API Version", "Repo URL", "Target Revision", "UID", "Self Heal", "Pod I Ps", "k8sThing"]);
});
