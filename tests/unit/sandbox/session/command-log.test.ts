import { deflateSync, strToU8 } from "fflate";
import { expect, test } from "vitest";
import { appendCommand, decodeShareToken, encodeShareToken, hasAction, withoutLastAction } from "@/lib/sandbox/command-log";
import type { SandboxCommand } from "@/lib/sandbox/commands";
import { DEPLOYMENT, deploymentWithReplicas, SHOP_REPO } from "./session-fixtures";

const write: SandboxCommand = { type: "write-file", repo: SHOP_REPO, path: DEPLOYMENT, content: deploymentWithReplicas(4) };
const commit: SandboxCommand = { type: "commit", repo: SHOP_REPO, message: "Run 4 replicas", all: true };
const scale: SandboxCommand = { type: "terminal", line: "kubectl scale deployment web -n shop --replicas=5" };
const advance = (ms: number): SandboxCommand => ({ type: "advance", ms });

function logOf(...commands: SandboxCommand[]): SandboxCommand[] {
  return commands.reduce<SandboxCommand[]>((log, command) => appendCommand(log, command), []);
}

/** The same bytes as encodeShareToken, for payloads it would never write. */
function tokenOf(payload: unknown): string {
  let binary = "";
  for (const byte of deflateSync(strToU8(JSON.stringify(payload)))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

test("appendCommand merges consecutive advances into one, and only consecutive ones", () => {
  expect(logOf(advance(3000), advance(4000))).toEqual([advance(7000)]);
  expect(logOf(write, advance(1000), advance(1000), advance(2000), commit, advance(5000))).toEqual([write, advance(4000), commit, advance(5000)]);
  expect(logOf(advance(1000), write, advance(1000))).toEqual([advance(1000), write, advance(1000)]);
  // Two identical actions stay two actions.
  expect(logOf(scale, scale)).toEqual([scale, scale]);
});

test("appendCommand returns a new log and leaves its argument alone", () => {
  const log: SandboxCommand[] = [write, advance(1000)];
  const frozen = structuredClone(log);
  const next = appendCommand(log, advance(2000));
  expect(next).not.toBe(log);
  expect(log).toEqual(frozen);
  expect(next).toEqual([write, advance(3000)]);
});

test("withoutLastAction drops the trailing time, then the one action before it, and keeps earlier time", () => {
  expect(withoutLastAction([advance(2000), write, commit, advance(3000)])).toEqual([advance(2000), write]);
  expect(withoutLastAction([advance(2000), write, advance(3000)])).toEqual([advance(2000)]);
  expect(withoutLastAction([write, advance(2000), commit])).toEqual([write, advance(2000)]);
  expect(withoutLastAction([write])).toEqual([]);
  expect(withoutLastAction([advance(5000)])).toEqual([]);
  expect(withoutLastAction([])).toEqual([]);
});

test("hasAction: time alone is nothing to undo", () => {
  expect(hasAction([])).toBe(false);
  expect(hasAction([advance(60_000)])).toBe(false);
  expect(hasAction([advance(1000), scale])).toBe(true);
  expect(hasAction([{ type: "refresh-now" }])).toBe(true);
});

test("a share token is URL-safe and decodes to the same scenario and log, non-ASCII content included", () => {
  const log = logOf(write, commit, advance(3000), scale, { type: "write-file", repo: SHOP_REPO, path: "README.md", content: "Grüße — déjà vu ✓ 🚀\n" }, { type: "refresh-now" });
  const token = encodeShareToken("argocd-single-app", log);
  expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeShareToken(token)).toEqual({ ok: true, scenario: "argocd-single-app", log });
  expect(decodeShareToken(encodeShareToken("flux-single-app", []))).toEqual({ ok: true, scenario: "flux-single-app", log: [] });
});

test("the same log always gives the same token", () => {
  expect(encodeShareToken("argocd-single-app", [write, commit])).toBe(encodeShareToken("argocd-single-app", [structuredClone(write), structuredClone(commit)]));
  expect(encodeShareToken("argocd-single-app", [write, commit])).not.toBe(encodeShareToken("argocd-single-app", [commit, write]));
});

test("damaged tokens give a message, never an exception", () => {
  const token = encodeShareToken("argocd-single-app", [write, commit, scale]);
  const damaged = [token.slice(0, Math.floor(token.length / 2)), `${token.slice(0, 10)}!!${token.slice(12)}`, "", "%%%", btoa("not deflate at all"), tokenOf("{").slice(0, 3)];
  for (const candidate of damaged) {
    const decoded = decodeShareToken(candidate);
    expect(decoded.ok, candidate).toBe(false);
    if (!decoded.ok) expect(decoded.message).toMatch(/damaged|not a sandbox state/);
  }
  // Valid deflate whose text is not JSON.
  const notJson = decodeShareToken(btoa(String.fromCharCode(...deflateSync(strToU8("hello")))).replace(/=+$/, ""));
  expect(notJson).toEqual({ ok: false, message: "This share link is damaged (it may have been cut off when copied)." });
});

test("foreign tokens (another version, an unknown command, a bad path) are refused with a message", () => {
  const foreign = [
    tokenOf({ v: 2, scenario: "argocd-single-app", log: [] }),
    tokenOf({ v: 1, scenario: "argocd-single-app", log: [{ type: "rm-rf" }] }),
    tokenOf({ v: 1, scenario: "argocd-single-app", log: [{ type: "write-file", repo: SHOP_REPO, path: "../../etc/passwd", content: "" }] }),
    tokenOf({ v: 1, scenario: "argocd-single-app", log: [{ type: "advance", ms: 1500 }] }),
    tokenOf({ v: 1, log: [] }),
    tokenOf([1, 2, 3]),
  ];
  for (const token of foreign) expect(decodeShareToken(token)).toEqual({ ok: false, message: "This share link is not a sandbox state this version understands." });
  // The same shape with v: 1 is accepted: the refusals above are about the content.
  expect(decodeShareToken(tokenOf({ v: 1, scenario: "argocd-single-app", log: [{ type: "advance", ms: 2000 }] }))).toEqual({ ok: true, scenario: "argocd-single-app", log: [advance(2000)] });
});
