"use client";
// Argo CD: one card per Application deploying to the chosen cluster, and a note naming those
// that deploy elsewhere (an ApplicationSet across clusters, for instance).
import type { ApplicationView } from "@/lib/sandbox/view-schema";
import { ApplicationCard } from "./application-card";
import type { HeadingLevel } from "./heading";

interface ArgoViewProps {
  applications: readonly ApplicationView[];
  elsewhere: readonly ApplicationView[];
  cluster: string | null;
  /** The Application under whose tree the details go, or null. */
  detailsHost: string | null;
  level: HeadingLevel;
}

export function ArgoView({ applications, elsewhere, cluster, detailsHost, level }: ArgoViewProps) {
  return (
    <div className="sbx-cluster-view">
      {applications.length === 0 && cluster !== null ? <p className="sbx-cluster-empty">No Application deploys to cluster {cluster}.</p> : null}
      {applications.map((app) => (
        <ApplicationCard key={app.name} app={app} cluster={cluster} showDetails={detailsHost === app.name} level={level} />
      ))}
      {elsewhere.length > 0 ? (
        <p className="sbx-cluster-muted">
          {elsewhere.length === 1 ? "1 Application deploys" : `${elsewhere.length} Applications deploy`} to other clusters:{" "}
          {elsewhere.map((app) => `${app.name} (${app.destination.cluster})`).join(", ")}. Choose their cluster above to see them.
        </p>
      ) : null}
    </div>
  );
}
