import Link from "next/link";
import { areasFor, ROLE_LABELS } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-user";
import { SignOutButton } from "./sign-out-button";

const AREA_LINKS = { admin: "Admin: users and roles", instructor: "Instructor dashboard", author: "Author: lessons" } as const;

export function AccountMenu({ user }: { user: SessionUser | null }) {
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
