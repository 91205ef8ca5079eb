"use client";
// Flux: GitRepositories (what was fetched) and Kustomizations (what was applied), with their
// kstatus conditions and the flux CLI actions, and each Kustomization's resource tree.
import { useId } from "react";
import type { FluxKustomizationView, FluxSourceView } from "@/lib/sandbox/view-schema";
import { useWorkbench } from "../workbench-store";
import { CommandFeedback, useCommandRunner, type CommandRunner } from "./command-feedback";
import { kustomizationKey } from "./details-host";
import { findNode } from "./flatten-tree";
import { ResourceDetails } from "./resource-details";
import { ResourceTree } from "./resource-tree";
import { Heading, nextLevel, type HeadingLevel } from "./heading";
import { StatusBadge } from "./status-badge";
import { fluxConditionPresentation, healthPresentation, readyCondition, shortRevision, type FluxCondition } from "./status-presentation";
import { kustomizationRoot } from "./tree-roots";

// The flux CLI works in flux-system unless told otherwise.
function namespaceFlag(namespace: string): string {
  return namespace === "flux-system" ? "" : ` -n ${namespace}`;
}

function ConditionLine({ condition }: { condition: FluxCondition }) {
  return (
    <li className="sbx-cluster-flux-condition">
      <StatusBadge presentation={fluxConditionPresentation(condition)} prefix={`${condition.type} condition`} />
      {condition.reason ? <strong>{condition.reason}</strong> : null}
      {condition.message ? <span className="sbx-cluster-condition-message">{condition.message}</span> : null}
    </li>
  );
}

function Suspended() {
  return <StatusBadge presentation={healthPresentation("Suspended")} prefix="Reconciliation" />;
}

function SuspendButton({ runner, suspended, target }: { runner: CommandRunner; suspended: boolean; target: string }) {
  const verb = suspended ? "resume" : "suspend";
  return (
    <button
      type="button"
      className="sbx-cluster-button"
      aria-disabled={runner.pending !== null || undefined}
      onClick={() => void runner.execute(verb, { type: "terminal", line: `flux ${verb} ${target}` }, suspended ? "Resumed." : "Suspended: Flux stops applying and correcting drift.")}
    >
      {suspended ? "Resume" : "Suspend"}
    </button>
  );
}

function SourceCard({ source, level }: { source: FluxSourceView; level: HeadingLevel }) {
  const runner = useCommandRunner();
  const headingId = useId();
  const ready = readyCondition(source.conditions);
  const target = `source git ${source.name}${namespaceFlag(source.namespace)}`;
  return (
    <article className="sbx-cluster-card" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} className="sbx-cluster-card-title">
        <span className="sbx-cluster-kind" title="GitRepository">
          gitrepo
        </span>
        {source.name}
      </Heading>
      <ul className="sbx-cluster-flux-conditions" aria-label={`Conditions of ${source.name}`}>
        <ConditionLine condition={ready} />
      </ul>
      {source.suspended ? <Suspended /> : null}
      <dl className="sbx-cluster-facts">
        <div>
          <dt>URL</dt>
          <dd>{source.url}</dd>
        </div>
        <div>
          <dt>Ref</dt>
          <dd>{source.ref}</dd>
        </div>
        <div>
          <dt>Interval</dt>
          <dd>{source.interval}</dd>
        </div>
        <div>
          <dt>Revision</dt>
          <dd>{source.artifactRevision ? <code title={source.artifactRevision}>{shortRevision(source.artifactRevision)}</code> : <span className="sbx-cluster-muted">not fetched yet</span>}</dd>
        </div>
      </dl>
      <div className="sbx-cluster-row sbx-cluster-actions">
        <button
          type="button"
          className="sbx-cluster-button is-primary"
          aria-disabled={runner.pending !== null || undefined}
          onClick={() => void runner.execute("reconcile", { type: "terminal", line: `flux reconcile ${target}` }, "Fetched again.")}
        >
          Reconcile
        </button>
        <SuspendButton runner={runner} suspended={source.suspended} target={target} />
      </div>
      <CommandFeedback feedback={runner.feedback} />
    </article>
  );
}

interface KustomizationCardProps {
  kustomization: FluxKustomizationView;
  cluster: string | null;
  showDetails: boolean;
  level: HeadingLevel;
}

function KustomizationCard({ kustomization, cluster, showDetails, level }: KustomizationCardProps) {
  const selected = useWorkbench((state) => state.selected);
  const runner = useCommandRunner();
  const headingId = useId();
  const root = kustomizationRoot(kustomization, cluster);
  const target = `kustomization ${kustomization.name}${namespaceFlag(kustomization.namespace)}`;
  // Ready first, then the others in the order the controller wrote them.
  const conditions = [readyCondition(kustomization.conditions), ...kustomization.conditions.filter((condition) => condition.type !== "Ready")];
  return (
    <article className="sbx-cluster-card" aria-labelledby={headingId}>
      <Heading level={level} id={headingId} className="sbx-cluster-card-title">
        <span className="sbx-cluster-kind" title="Kustomization">
          ks
        </span>
        {kustomization.name}
      </Heading>
      <ul className="sbx-cluster-flux-conditions" aria-label={`Conditions of ${kustomization.name}`}>
        {conditions.map((condition) => (
          <ConditionLine key={condition.type} condition={condition} />
        ))}
      </ul>
      {kustomization.suspended ? <Suspended /> : null}
      <dl className="sbx-cluster-facts">
        <div>
          <dt>Source</dt>
          <dd>{kustomization.source}</dd>
        </div>
        <div>
          <dt>Path</dt>
          <dd>{kustomization.path}</dd>
        </div>
        <div>
          <dt>Interval</dt>
          <dd>
            {kustomization.interval}, prune {kustomization.prune ? "on" : "off"}
          </dd>
        </div>
        <div>
          <dt>Applied</dt>
          <dd>
            {kustomization.lastAppliedRevision ? (
              <code title={kustomization.lastAppliedRevision}>{shortRevision(kustomization.lastAppliedRevision)}</code>
            ) : (
              <span className="sbx-cluster-muted">nothing yet</span>
            )}
          </dd>
        </div>
      </dl>
      <div className="sbx-cluster-row sbx-cluster-actions">
        <button
          type="button"
          className="sbx-cluster-button is-primary"
          aria-disabled={runner.pending !== null || undefined}
          onClick={() => void runner.execute("reconcile", { type: "terminal", line: `flux reconcile ${target} --with-source` }, "Reconciled with a fresh fetch of its source.")}
        >
          Reconcile with source
        </button>
        <SuspendButton runner={runner} suspended={kustomization.suspended} target={target} />
      </div>
      <CommandFeedback feedback={runner.feedback} />
      <ResourceTree roots={[root]} label={`Resources of Kustomization ${kustomization.name}`} />
      {cluster !== null && root.children.length === 0 && kustomization.resources.length > 0 ? (
        <p className="sbx-cluster-muted">None of its resources are in cluster {cluster}.</p>
      ) : null}
      {showDetails ? <ResourceDetails node={findNode([root], selected)} level={nextLevel(level)} /> : null}
    </article>
  );
}

interface FluxViewProps {
  sources: readonly FluxSourceView[];
  kustomizations: readonly FluxKustomizationView[];
  cluster: string | null;
  /** The Kustomization (namespace/name) under whose tree the details go, or null. */
  detailsHost: string | null;
  /** The level of the section headings ("Sources", "Kustomizations"). */
  level: HeadingLevel;
}

export function FluxView({ sources, kustomizations, cluster, detailsHost, level }: FluxViewProps) {
  return (
    <div className="sbx-cluster-view">
      {sources.length > 0 ? (
        <section className="sbx-cluster-section" aria-label="Flux sources">
          <Heading level={level} className="sbx-cluster-section-title">
            Sources
          </Heading>
          {sources.map((source) => (
            <SourceCard key={`${source.namespace}/${source.name}`} source={source} level={nextLevel(level)} />
          ))}
        </section>
      ) : null}
      <section className="sbx-cluster-section" aria-label="Flux Kustomizations">
        <Heading level={level} className="sbx-cluster-section-title">
          Kustomizations
        </Heading>
        {kustomizations.length === 0 ? <p className="sbx-cluster-empty">No Flux Kustomizations yet.</p> : null}
        {kustomizations.map((kustomization) => {
          const key = kustomizationKey(kustomization);
          return <KustomizationCard key={key} kustomization={kustomization} cluster={cluster} showDetails={detailsHost === key} level={nextLevel(level)} />;
        })}
      </section>
    </div>
  );
}
