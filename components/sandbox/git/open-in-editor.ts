"use client";
// The git panel opens files through the editor's store; failures become a notice rather than
// an unhandled rejection, since the click that asked for it has nothing else to show.
import { useEditorStore } from "@/components/sandbox/editor/editor-store";
import { useWorkbench } from "@/components/sandbox/workbench-store";
import { errorMessage } from "./error-message";

export async function openInEditor(repo: string, path: string, reveal?: { line: number; column?: number }): Promise<void> {
  try {
    await useEditorStore.getState().openFile(repo, path, reveal);
  } catch (error) {
    useWorkbench.getState().notify("error", `Could not open ${path}: ${errorMessage(error)}`);
  }
}

/**
 * Opens a file at its first conflict marker (`<<<<<<<`), or at the top when it has none.
 * @example await openAtFirstConflict("https://git.example/shop.git", "k8s/deployment.yaml")
 */
export async function openAtFirstConflict(repo: string, path: string): Promise<void> {
  let reveal: { line: number; column: number } | undefined;
  try {
    const reply = await useWorkbench.getState().request({ type: "read-file", repo, path });
    const index = reply.kind === "file" && reply.content !== null ? reply.content.split("\n").findIndex((line) => line.startsWith("<<<<<<<")) : -1;
    if (index !== -1) reveal = { line: index + 1, column: 1 };
  } catch {
    // Opening at the top is still useful; the editor reports a file it cannot read.
  }
  await openInEditor(repo, path, reveal);
}
