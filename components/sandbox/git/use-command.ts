"use client";
// One control's command: whether it is running and the error to show beside that control.
// The command is checked against the contract's zod schema first, so a missing commit message
// or a bad branch name reads as the schema's own sentence; worker failures arrive as a result
// with ok:false or as a rejected request, and end up as the same error text. A result naming
// a file (a conflicted merge) opens it in the editor.
import { useCallback, useState } from "react";
import { sandboxCommandSchema, type CommandResult, type SandboxCommandInput } from "@/lib/sandbox/commands";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import { errorMessage } from "./error-message";
import { openAtFirstConflict } from "./open-in-editor";

export interface CommandRunner {
  pending: boolean;
  error: string | null;
  /** Resolves with the result (ok or not), or null when the command was invalid or the request failed. */
  execute(command: SandboxCommandInput): Promise<CommandResult | null>;
  clearError(): void;
}

export function useCommand(): CommandRunner {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const execute = useCallback(async (command: SandboxCommandInput) => {
    const parsed = sandboxCommandSchema.safeParse(command);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "That command is not valid.");
      return null;
    }
    setPending(true);
    setError(null);
    try {
      const result = await useWorkbench.getState().run(command);
      if (!result.ok) setError(result.message ?? "The sandbox refused that.");
      const repo = result.openFile?.repo || ("repo" in command ? command.repo : "");
      if (result.openFile && repo) void openAtFirstConflict(repo, result.openFile.path);
      return result;
    } catch (failure) {
      setError(errorMessage(failure));
      return null;
    } finally {
      setPending(false);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { pending, error, execute, clearError };
}
