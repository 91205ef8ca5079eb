import Link from "next/link";

export default function NotFound() {
  return (
    <section className="status-page" aria-labelledby="status-title">
      <p className="code">404</p>
      <h1 id="status-title">This page does not exist</h1>
      <p>The link may be old, or the address mistyped.</p>
      <Link className="button primary" href="/">
        Go to the GitOps track
      </Link>
    </section>
  );
}
