"use client";
// The file tree's commands, checked on the page the way the worker checks them (the same zod
// schema, so the same words) before they are sent. Each returns a message for the field on
// failure instead of throwing, so the learner's input is never lost.
import { sandboxCommandSchema, type SandboxCommand, type SandboxCommandInput } from "@/lib/sandbox/commands";
import { useWorkbench } from "../workbench-store";

export type FileCommandOutcome = { ok: true } | { ok: false; message: string };

/** The command as the worker will read it (paths trimmed), or the first problem with it. */
export function checkCommand(command: SandboxCommandInput): { ok: true; command: SandboxCommand } | { ok: false; message: string } {
  const parsed = sandboxCommandSchema.safeParse(command);
  if (parsed.success) return { ok: true, command: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? "That path cannot be used." };
}

/** Runs a checked command; the worker's refusal or a lost connection becomes a message. */
export async function runFileCommand(command: SandboxCommand): Promise<FileCommandOutcome> {
  try {
    const result = await useWorkbench.getState().run(command);
    return result.ok ? { ok: true } : { ok: false, message: result.message ?? "The sandbox refused the change." };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Trailing slashes are how people write folders; the commands want bare paths. */
export function normalisePath(value: string): string {
  return value.trim().replace(/\/+$/, "");
}

export function exists(files: readonly string[], path: string): "file" | "folder" | null {
  if (files.includes(path)) return "file";
  return files.some((file) => file.startsWith(`${path}/`)) ? "folder" : null;
}
