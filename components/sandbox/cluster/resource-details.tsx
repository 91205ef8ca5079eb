"use client";
// The selected resource: title, badges, and tabs for the summary ("Why OutOfSync?"), the live
// manifest and the diff. The status shown is the live object's when it has arrived, else the
// tree node's, so the badges never blink while the worker answers.
import { useId, useRef, useState } from "react";
import type { TreeNode } from "@/lib/sandbox/view-schema";
import { useWorkbench } from "../workbench-store";
import { LiveDiff, LiveManifest, LiveSummary } from "./live-object-views";
import { Heading, nextLevel, type HeadingLevel } from "./heading";
import { HealthBadge, SyncBadge } from "./status-badge";
import { objectTitle } from "./status-presentation";
import { TabList, tabPanelProps, type TabDefinition } from "./tabs";
import { useLiveObject } from "./use-live-object";

type DetailsTab = "summary" | "live" | "diff";

const TABS: readonly TabDefinition<DetailsTab>[] = [
  { id: "summary", label: "Summary" },
  { id: "live", label: "Live manifest" },
  { id: "diff", label: "Diff" },
];

/** Details of `selected` from the workbench store; `node` is its row in a tree, if it has one. */
export function ResourceDetails({ node, level }: { node: TreeNode | null; level: HeadingLevel }) {
  const selected = useWorkbench((state) => state.selected);
  const select = useWorkbench((state) => state.select);
  const clusterCount = useWorkbench((state) => state.view?.clusters.length ?? 0);
  const live = useLiveObject(selected);
  const [tab, setTab] = useState<DetailsTab>("summary");
  const idPrefix = useId();
  const section = useRef<HTMLElement>(null);
  if (!selected) return null;

  const title = objectTitle(selected.object);
  const liveView = live.status === "ready" ? live.view : null;
  const sync = liveView?.sync ?? node?.sync;
  const health = liveView?.health ?? node?.health;
  // A panel holding a scrollable <pre> lets the <pre> take focus instead of adding a second stop.
  const panelHasCode = liveView !== null && ((tab === "live" && liveView.liveYaml !== null) || (tab === "diff" && liveView.diff.length > 0));
  const panel = tabPanelProps(idPrefix, tab);

  // Closing removes the focused button: hand focus back to the row that opened the details.
  function close() {
    const row = section.current?.closest(".sbx-cluster-card")?.querySelector<HTMLElement>('[role="treeitem"][aria-selected="true"]');
    select(null);
    row?.focus();
  }

  return (
    <section ref={section} className="sbx-cluster-details" aria-labelledby={`${idPrefix}-title`}>
      <header className="sbx-cluster-details-header">
        <Heading level={level} id={`${idPrefix}-title`} className="sbx-cluster-details-title">
          {title}
        </Heading>
        <button type="button" className="sbx-cluster-button is-quiet" aria-label={`Close details of ${title}`} onClick={close}>
          Close
        </button>
      </header>
      <div className="sbx-cluster-badges">
        {clusterCount > 1 ? <span className="sbx-cluster-chip">cluster {selected.cluster}</span> : null}
        {sync ? <SyncBadge status={sync} /> : null}
        {health ? <HealthBadge status={health.status} message={health.message} /> : null}
        {node?.requiresPruning ? <span className="sbx-cluster-marker sbx-cluster-tone-warn">requires pruning</span> : null}
        {node?.missing ? <span className="sbx-cluster-marker sbx-cluster-tone-danger">missing</span> : null}
      </div>
      <TabList label={`Details of ${title}`} idPrefix={idPrefix} tabs={TABS} active={tab} onChange={setTab} />
      <div {...panel} tabIndex={panelHasCode ? undefined : 0} className="sbx-cluster-tabpanel">
        {live.status === "loading" ? (
          <p className="sbx-cluster-muted">Reading the object from the cluster…</p>
        ) : live.status === "failed" ? (
          <p className="sbx-cluster-feedback-error">{live.message}</p>
        ) : tab === "summary" ? (
          <LiveSummary live={live.view} node={node} level={nextLevel(level)} />
        ) : tab === "live" ? (
          <LiveManifest live={live.view} title={title} />
        ) : (
          <LiveDiff live={live.view} title={title} node={node} />
        )}
      </div>
    </section>
  );
}
