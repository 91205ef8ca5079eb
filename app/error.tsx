"use client";

import Link from "next/link";

// The details of the error stay in the server log; the reader gets words and a way on.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="status-page" aria-labelledby="status-title">
      <p className="code">500</p>
      <h1 id="status-title">Something went wrong</h1>
      <p>
        We could not show this page. Try again; if it keeps happening, mention the reference{" "}
        <code>{error.digest ?? "unknown"}</code> when you report it.
      </p>
      <div className="hero-actions" style={{ justifyContent: "center" }}>
        <button type="button" className="button primary" onClick={reset}>
          Try again
        </button>
        <Link className="button" href="/">
          Go to the GitOps track
        </Link>
      </div>
    </section>
  );
}
