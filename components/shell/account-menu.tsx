"use client";

import Link from "next/link";
import { useLearner } from "@/components/progress/learner-context";
import { areasFor, ROLE_LABELS } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

const AREA_LINKS = { admin: "Admin: users and roles", instructor: "Instructor dashboard", author: "Author: lessons" } as const;

/** Sign in / sign up, or the signed-in person's menu; the page itself is the same for everyone. */
export function AccountMenu() {
  const { status, user } = useLearner();
  // Until we know, hold the place so the header does not jump.
  if (status === "loading") return <span className="account-loading" aria-hidden="true" />;
  if (!user) {
    return (
      <>
        <Link className="nav-link" href="/sign-in">
          Sign in
        </Link>
        <Link className="button small primary" href="/sign-up">
          Sign up
        </Link>
      </>
    );
  }
  return (
    <details className="menu">
      <summary className="button small" aria-label={`Account menu for ${user.name}`}>
        {user.name}
      </summary>
      <div className="menu-panel">
        <div className="menu-meta">
          <strong>{user.name}</strong>
          {user.email}
          <br />
          Role: {ROLE_LABELS[user.role]}
        </div>
        <ul>
          {areasFor(user.role).map((area) => (
            <li key={area}>
              <Link href={`/${area}`}>{AREA_LINKS[area]}</Link>
            </li>
          ))}
          <li>
            <SignOutButton />
          </li>
        </ul>
      </div>
    </details>
  );
}
