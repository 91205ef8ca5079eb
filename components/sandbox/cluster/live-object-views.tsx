"use client";
// The three faces of a live object: the summary with "Why OutOfSync?", the live manifest, and
// the diff of desired (Git) against live. The <pre> blocks scroll, so they take focus and are
// named regions (a bare <pre> may not carry an aria-label).
import type { LiveObjectView, TreeNode } from "@/lib/sandbox/view-schema";
import { useEditorStore } from "@/components/sandbox/editor/editor-store";
import { useWorkbench } from "../workbench-store";
import { compareVerdict, explanationMeta } from "./compare-verdict";
import { classifyDiffLine, diffCounts } from "./diff-lines";
import { Heading, type HeadingLevel } from "./heading";

type Explanation = LiveObjectView["explanations"][number];
type Markers = Pick<TreeNode, "requiresPruning" | "missing" | "info"> | null;

function ExplanationMeta({ explanation }: { explanation: Explanation }) {
  const meta = explanationMeta(explanation);
  if (!meta.path && !meta.changedBy) return null;
  return (
    <p className="sbx-cluster-explanation-meta">
      {meta.path ? (
        <span>
          Field <code>{meta.path}</code>
        </span>
      ) : null}
      {meta.changedBy ? (
        <span>
          changed by <strong>{meta.changedBy}</strong>
        </span>
      ) : null}
    </p>
  );
}

export function LiveSummary({ live, node, level }: { live: LiveObjectView; node: Markers; level: HeadingLevel }) {
  const activeRepo = useWorkbench((state) => state.activeRepo);
  const notify = useWorkbench((state) => state.notify);
  const verdict = compareVerdict(live, node);

  async function openSource(source: NonNullable<Explanation["source"]>) {
    const repo = source.repo ?? activeRepo;
    if (!repo) {
      notify("error", `Open a repository first to see ${source.file}.`);
      return;
    }
    try {
      await useEditorStore.getState().openFile(repo, source.file, { line: source.line });
    } catch (error) {
      notify("error", error instanceof Error && error.message ? error.message : `Could not open ${source.file}.`);
    }
  }

  return (
    <div className="sbx-cluster-summary">
      {node?.info ? <p className="sbx-cluster-muted">{node.info}</p> : null}
      <Heading level={level} className="sbx-cluster-subheading">
        {verdict.heading}
      </Heading>
      {verdict.note ? <p>{verdict.note}</p> : null}
      {live.explanations.length > 0 ? (
        <ul className="sbx-cluster-explanations">
          {live.explanations.map((explanation, index) => (
            <li key={`${explanation.path}-${index}`} className="sbx-cluster-explanation">
              <p className="sbx-cluster-explanation-summary">{explanation.summary}</p>
              <ExplanationMeta explanation={explanation} />
              {explanation.source ? (
                <button type="button" className="sbx-cluster-link" onClick={() => void openSource(explanation.source!)}>
                  <span className="visually-hidden">Open </span>
                  <span className="sbx-cluster-icon" aria-hidden="true">
                    ↗
                  </span>
                  {explanation.source.file}:{explanation.source.line}
                  <span className="visually-hidden"> in the editor</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function LiveManifest({ live, title }: { live: LiveObjectView; title: string }) {
  if (live.liveYaml === null) return <p>Not in the cluster: there is no live manifest yet.</p>;
  return (
    <pre className="sbx-cluster-code" tabIndex={0} role="region" aria-label={`Live manifest of ${title}`}>
      {live.liveYaml}
    </pre>
  );
}

export function LiveDiff({ live, title, node }: { live: LiveObjectView; title: string; node: Markers }) {
  if (live.diff.length === 0) {
    const note = compareVerdict(live, node).note;
    return <p>{note ?? "This resource matches Git."}</p>;
  }
  const counts = diffCounts(live.diff);
  return (
    <figure className="sbx-cluster-diff">
      <figcaption className="sbx-cluster-diff-caption">
        <strong>desired (Git) → live</strong>
        <span className="sbx-cluster-diff-legend">
          <span className="sbx-cluster-diff-desired">− {counts.desired} from Git</span>
          <span className="sbx-cluster-diff-live">+ {counts.live} live</span>
        </span>
      </figcaption>
      <pre className="sbx-cluster-code" tabIndex={0} role="region" aria-label={`Diff of ${title}, desired (Git) to live; lines starting with minus come from Git, plus from the cluster`}>
        {live.diff.map((line, index) => (
          <span key={index} className={`sbx-cluster-diff-line is-${classifyDiffLine(line)}`}>
            {line === "" ? " " : line}
          </span>
        ))}
      </pre>
    </figure>
  );
}
