"use client";
// The cluster panel of the sandbox workbench (inside its "Cluster" PanelSection, whose h2 heads
// it): a cluster switcher, an Argo CD / Flux switch,
// the Applications or Flux objects with their resource trees, and the selected resource's
// details (live manifest, diff, "Why OutOfSync?").
import "./cluster.css";
import { useId, useState } from "react";
import { useWorkbench } from "../workbench-store";
import { ArgoView } from "./argo-view";
import { availableModes, detailsPlace, type ClusterMode } from "./details-host";
import { findNode } from "./flatten-tree";
import { FluxView } from "./flux-view";
import { ResourceDetails } from "./resource-details";
import { objectTitle } from "./status-presentation";
import { TabList, tabPanelProps, type TabDefinition } from "./tabs";
import { applicationRoot, applicationsForCluster, clusterFilter, kustomizationRoot } from "./tree-roots";

const MODE_TABS: Record<ClusterMode, TabDefinition<ClusterMode>> = {
  argo: { id: "argo", label: "Argo CD" },
  flux: { id: "flux", label: "Flux" },
};

/** @example <ClusterPanel /> inside the workbench, which feeds useWorkbench. */
export function ClusterPanel() {
  const view = useWorkbench((state) => state.view);
  const activeCluster = useWorkbench((state) => state.activeCluster);
  const setActiveCluster = useWorkbench((state) => state.setActiveCluster);
  const selected = useWorkbench((state) => state.selected);
  const [mode, setMode] = useState<ClusterMode>("argo");
  const idPrefix = useId();

  if (!view) {
    return (
      <div className="sbx-cluster">
        <p className="sbx-cluster-empty">The sandbox is starting…</p>
      </div>
    );
  }

  const cluster = clusterFilter(view, activeCluster);
  const { shown, elsewhere } = applicationsForCluster(view, cluster);
  const modes = availableModes(view);
  const current = modes.includes(mode) ? mode : (modes[0] ?? null);
  const { kustomizations, sources } = view.flux;
  const place = detailsPlace(current, selected, shown, kustomizations, cluster);
  const host = place.place === "card" ? place.key : null;
  const bottomNode = place.place === "bottom" ? findNode([...shown.map((app) => applicationRoot(app, null)), ...kustomizations.map((k) => kustomizationRoot(k, null))], selected) : null;
  const tabbed = modes.length > 1;
  // Cards sit under the panel's h2, or under the Flux view's section headings.
  const body =
    current === "argo" ? (
      <ArgoView applications={shown} elsewhere={elsewhere} cluster={cluster} detailsHost={host} level={3} />
    ) : current === "flux" ? (
      <FluxView sources={sources} kustomizations={kustomizations} cluster={cluster} detailsHost={host} level={3} />
    ) : null;

  return (
    <div className="sbx-cluster">
      {view.clusters.length > 1 ? (
        <div className="sbx-cluster-header">
          <div className="sbx-cluster-switcher">
            <label htmlFor={`${idPrefix}-cluster`}>Cluster</label>
            <select id={`${idPrefix}-cluster`} className="sbx-cluster-select" value={cluster ?? ""} onChange={(event) => setActiveCluster(event.target.value)}>
              {cluster === null ? (
                <option value="" disabled>
                  Choose a cluster
                </option>
              ) : null}
              {view.clusters.map((entry) => (
                <option key={entry.name} value={entry.name}>
                  {entry.name} ({entry.objectCount} objects)
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {tabbed && current ? <TabList label="Cluster view" idPrefix={idPrefix} tabs={modes.map((id) => MODE_TABS[id])} active={current} onChange={setMode} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {selected && place.place !== "none" ? `Details of ${objectTitle(selected.object)} shown ${place.place === "card" ? "below its tree" : "at the end of the panel"}.` : ""}
      </p>
      {current === null ? (
        <div className="sbx-cluster-empty">
          <p>No Argo CD Applications in this scenario.</p>
          <p className="sbx-cluster-muted">No Flux sources or Kustomizations either. Apply an Application manifest with kubectl and it appears here.</p>
        </div>
      ) : tabbed ? (
        <div {...tabPanelProps(idPrefix, current)} tabIndex={-1} className="sbx-cluster-modepanel">
          {body}
        </div>
      ) : (
        body
      )}
      {place.place === "bottom" ? <ResourceDetails node={bottomNode} level={3} /> : null}
    </div>
  );
}
