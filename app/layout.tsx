import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { GuestProgressMerge } from "@/components/progress/guest-progress-merge";
import { LearnerProvider } from "@/components/progress/learner-context";
import { SiteHeader } from "@/components/shell/site-header";
import { ThemeScript } from "@/components/shell/theme-script";
import { loadTrackIndex } from "@/lib/content/track-index.server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Reconcile — learn GitOps by doing it", template: "%s · Reconcile" },
  description: "An interactive GitOps track: lessons, real git in the browser and a simulated Argo CD and Flux.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#171b21" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Nothing here depends on who is reading: pages stay static; the learner is a client context.
  const { lessons } = await loadTrackIndex();
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <LearnerProvider>
          <SiteHeader lessons={lessons} />
          <GuestProgressMerge />
          <main id="main" tabIndex={-1}>
            <div className="container">{children}</div>
          </main>
        </LearnerProvider>
        <footer className="site-footer">
          <div className="container">Reconcile — learn GitOps by doing it.</div>
        </footer>
      </body>
    </html>
  );
}
