import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="status-page" aria-labelledby="status-title">
      <p className="code">403</p>
      <h1 id="status-title">You do not have access to this page</h1>
      <p>It needs a role your account does not have. An admin can change your role.</p>
      <Link className="button primary" href="/">
        Go to the GitOps track
      </Link>
    </section>
  );
}
