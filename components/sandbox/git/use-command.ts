"use client";
// One control's command: whether it is running and the error to show beside that control.
// Worker failures arrive two ways — a result with ok:false, or a rejected request — and both end
// up as the same error text. A result naming a file (a conflicted merge) opens it in the editor.
import { useCallback, useState } from "react";
import type { CommandResult, SandboxCommandInput } from "@/lib/sandbox/commands";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import { errorMessage } from "./error-message";
import { openAtFirstConflict } from "./open-in-editor";

export interface CommandRunner {
  pending: boolean;
  error: string | null;
  /** Resolves with the result (ok or not), or null when the request itself failed. */
  execute(command: SandboxCommandInput): Promise<CommandResult | null>;
  clearError(): void;
}

export function useCommand(): CommandRunner {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const execute = useCallback(async (command: SandboxCommandInput) => {
    setPending(true);
    setError(null);
    try {
      const result = await useWorkbench.getState().run(command);
      if (!result.ok) setError(result.message ?? "The sandbox refused that.");
      if (result.openFile) void openAtFirstConflict(result.openFile.repo, result.openFile.path);
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
