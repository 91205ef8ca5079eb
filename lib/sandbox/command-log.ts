// The command log: what the learner did, in order. Time passing is logged too (as whole-second
// advances, merged when consecutive) so replaying the log rebuilds the same world.
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { z } from "zod";
import { sandboxCommandSchema, type SandboxCommand } from "./commands";

/** A copy of the log with `command` appended; an advance right after an advance is merged. */
export function appendCommand(log: readonly SandboxCommand[], command: SandboxCommand): SandboxCommand[] {
  const last = log[log.length - 1];
  if (command.type === "advance" && last?.type === "advance") return [...log.slice(0, -1), { type: "advance", ms: last.ms + command.ms }];
  return [...log, command];
}

/**
 * The log without its last action: trailing time first (the clock kept running after the
 * action), then the action itself. Time before the action stays.
 */
export function withoutLastAction(log: readonly SandboxCommand[]): SandboxCommand[] {
  let end = log.length;
  while (end > 0 && log[end - 1].type === "advance") end--;
  return log.slice(0, Math.max(0, end - 1));
}

/** Whether the log holds anything to undo (time alone is not an action). */
export function hasAction(log: readonly SandboxCommand[]): boolean {
  return log.some((command) => command.type !== "advance");
}

const shareSchema = z.object({ v: z.literal(1), scenario: z.string().min(1).max(100), log: z.array(sandboxCommandSchema).max(10_000) });

/** A compact, URL-safe token for a share link: the scenario and its log, deflated, base64url. */
export function encodeShareToken(scenario: string, log: readonly SandboxCommand[]): string {
  const bytes = deflateSync(strToU8(JSON.stringify({ v: 1, scenario, log })), { level: 9 });
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Reads a share token; a damaged or foreign token gives a message, never an exception. */
export function decodeShareToken(token: string): { ok: true; scenario: string; log: SandboxCommand[] } | { ok: false; message: string } {
  try {
    const binary = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const parsed = shareSchema.safeParse(JSON.parse(strFromU8(inflateSync(bytes))));
    if (!parsed.success) return { ok: false, message: "This share link is not a sandbox state this version understands." };
    return { ok: true, scenario: parsed.data.scenario, log: parsed.data.log };
  } catch {
    return { ok: false, message: "This share link is damaged (it may have been cut off when copied)." };
  }
}
