"use client";

import "./globals.css";

// Shown when the layout itself fails (for example the database is down): it replaces the
// whole document, so it carries its own <html> and no data-dependent header.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <div className="container">
            <section className="status-page" aria-labelledby="status-title">
              <p className="code">500</p>
              <h1 id="status-title">Reconcile is having trouble</h1>
              <p>
                Please try again in a moment. Reference: <code>{error.digest ?? "unknown"}</code>
              </p>
              <button type="button" className="button primary" onClick={reset}>
                Try again
              </button>
            </section>
          </div>
        </main>
      </body>
    </html>
  );
}
