import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SandboxLoader } from "@/components/sandbox/sandbox-loader";
import { findScenario, SCENARIOS } from "@/lib/sandbox/scenarios";

interface SandboxPageProps {
  params: Promise<{ scenario: string }>;
}

// The sandbox runs entirely in the browser: the page is the same static shell for everyone.
export const dynamicParams = false;

export function generateStaticParams() {
  return SCENARIOS.map((scenario) => ({ scenario: scenario.id }));
}

export async function generateMetadata({ params }: SandboxPageProps): Promise<Metadata> {
  const scenario = findScenario((await params).scenario);
  return scenario ? { title: `Sandbox: ${scenario.title}`, description: scenario.summary } : {};
}

export default async function SandboxPage({ params }: SandboxPageProps) {
  const scenario = findScenario((await params).scenario);
  if (!scenario) notFound();
  return (
    <div className="sbx-page">
      <h1 className="visually-hidden">Sandbox: {scenario.title}</h1>
      <SandboxLoader scenario={scenario.id} openFile={scenario.openFile} />
    </div>
  );
}
