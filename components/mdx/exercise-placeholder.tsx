import { ExerciseSandbox } from "./exercise-sandbox";

// Which practice scenario fits each exercise until the graded exercises exist. Ids are the
// scenario ids of lib/sandbox/scenarios (kept as strings so lesson pages do not bundle them).
const PRACTICE_SCENARIO: Record<string, string> = {
  "push-vs-pull-drift": "argocd-single-app",
  "reconcile-timing": "flux-single-app",
  "bootstrap-app-of-apps": "argocd-single-app",
  "lock-down-config-repo": "argocd-single-app",
  "promote-by-pull-request": "environments",
  "canary-rollout-steps": "environments",
  "self-heal-scale": "argocd-single-app",
  "ignore-hpa-replicas": "argocd-single-app",
  "drift-triage": "argocd-single-app",
  "seal-and-rename": "argocd-single-app",
  "sops-flux-decryption": "flux-single-app",
  "external-secret-refresh": "argocd-single-app",
  "cluster-generator-selector": "two-clusters",
  "matrix-addons-fleet": "two-clusters",
};

/** An exercise card: the graded exercise is on its way; a practice sandbox runs here today. */
export function Exercise({ id, title }: { id: string; title?: string }) {
  const scenario = PRACTICE_SCENARIO[id] ?? "argocd-single-app";
  return (
    <section className="exercise-card" aria-label={`Exercise: ${title ?? id}`} data-exercise-id={id}>
      <p className="exercise-kicker">Hands-on exercise</p>
      <p className="exercise-title">{title ?? id}</p>
      <p className="field-hint">The graded version of this exercise is coming soon. Meanwhile, practise it in a sandbox: real git, a simulated cluster, all in your browser.</p>
      <ExerciseSandbox scenario={scenario} title={title ?? id} />
    </section>
  );
}
