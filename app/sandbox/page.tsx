import type { Metadata } from "next";
import Link from "next/link";
import { SCENARIOS } from "@/lib/sandbox/scenarios";

export const metadata: Metadata = { title: "Sandbox", description: "Practise GitOps in your browser: real git, a simulated Argo CD, Flux and Kubernetes." };

export default function SandboxIndexPage() {
  return (
    <div className="container sbx-index">
      <h1>Sandbox</h1>
      <p>
        Edit manifests, commit to real git repositories and watch a simulated Argo CD or Flux reconcile a simulated cluster — all in your browser. Your work is kept
        in this browser until you reset it.
      </p>
      <ul className="sbx-scenario-list">
        {SCENARIOS.map((scenario) => (
          <li key={scenario.id} className="card">
            <h2>
              <Link href={`/sandbox/${scenario.id}`}>{scenario.title}</Link>
            </h2>
            <p>{scenario.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
