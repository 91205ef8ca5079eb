"use client";
// The Monaco editor for the active tab: one model per tab (the `path` prop), Ctrl/Cmd+S saves,
// and a requested position is revealed once the model is showing.
import { Editor, type OnMount } from "@monaco-editor/react";
import { useEffect, useMemo, useRef, useState } from "react";
import type * as MonacoModule from "monaco-editor";
import type { SandboxView } from "@/lib/sandbox/view-schema";
import { useEditorStore, type EditorTab } from "./editor-store";
import { languageOf, modelPath } from "./model-uri";
import type { MonacoApi } from "./monaco-setup";
import { usePageTheme } from "./use-page-theme";

const MONACO_WRAPPER = { className: "sbx-editor-monaco", style: { display: "flex", position: "absolute", inset: 0 } } as const;

interface MonacoViewProps {
  monaco: MonacoApi;
  view: SandboxView | null;
  tab: EditorTab;
  /** The buffer's text when the model is first created. */
  initialText: string;
}

export function MonacoView({ monaco, view, tab, initialText }: MonacoViewProps) {
  const [editor, setEditor] = useState<MonacoModule.editor.IStandaloneCodeEditor | null>(null);
  const editorRef = useRef<MonacoModule.editor.IStandaloneCodeEditor | null>(null);
  const reveal = useEditorStore((state) => state.reveal);
  const revealed = useRef(0);
  const theme = usePageTheme();
  const path = modelPath(view, tab);
  const title = tab.kind === "file" ? tab.path : tab.title;

  const options = useMemo<MonacoModule.editor.IStandaloneEditorConstructionOptions>(
    () => ({
      ariaLabel: `${title}. Ctrl+S saves. Ctrl+M switches Tab between indenting and moving focus.`,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      insertSpaces: true,
      detectIndentation: false,
      scrollBeyondLastLine: false,
      renderWhitespace: "selection",
      wordWrap: "off",
      fixedOverflowWidgets: true,
      quickSuggestions: { other: true, comments: false, strings: true },
    }),
    [title],
  );

  const onMount: OnMount = (mounted, api) => {
    mounted.addCommand(api.KeyMod.CtrlCmd | api.KeyCode.KeyS, () => {
      const key = useEditorStore.getState().activeKey;
      if (key) void useEditorStore.getState().save(key);
    });
    editorRef.current = mounted;
    setEditor(mounted);
  };

  // Typing goes to the tab whose model is showing (never to a tab switched to meanwhile).
  const onChange = () => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const uri = model.uri.toString();
    const { tabs, setContent } = useEditorStore.getState();
    const owner = tabs.find((item) => monaco.Uri.parse(modelPath(view, item)).toString() === uri);
    if (owner) setContent(owner.key, model.getValue());
  };

  useEffect(() => {
    if (!editor || !reveal || reveal.key !== tab.key || reveal.nonce === revealed.current) return;
    if (editor.getModel()?.uri.toString() !== monaco.Uri.parse(path).toString()) return;
    revealed.current = reveal.nonce;
    const position = { lineNumber: reveal.line, column: reveal.column };
    editor.setPosition(position);
    editor.revealPositionInCenter(position);
    editor.focus();
  }, [editor, reveal, tab.key, path, monaco]);

  return (
    <Editor
      path={path}
      defaultValue={initialText}
      language={languageOf(tab)}
      theme={theme === "dark" ? "vs-dark" : "vs"}
      options={options}
      onMount={onMount}
      onChange={onChange}
      keepCurrentModel
      loading={<p className="sbx-editor-status">Starting the editor…</p>}
      // Fills .sbx-editor-surface whatever its size (the default wrapper is a relative 100% box).
      wrapperProps={MONACO_WRAPPER}
    />
  );
}
