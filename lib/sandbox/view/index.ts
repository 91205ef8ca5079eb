// Builders of the SandboxView's parts (view-schema.ts) from a world and a repository's files,
// plus the on-demand live-object panel. Pure functions of their arguments.
export { applicationViews } from "./application-views";
export { clusterViews } from "./cluster-views";
export { eventViews, DEFAULT_EVENT_LIMIT } from "./event-views";
export { findProblems } from "./find-problems";
export { fluxView } from "./flux-view";
export { liveObjectView } from "./live-object-view";
export { nextReconcileAt } from "./next-reconcile-at";
