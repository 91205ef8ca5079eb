import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getAuth } from "./auth.server";
import { canOpen, type Area } from "./roles";
import { toSessionUser, type SessionUser } from "./session-user";
import { safeReturnPath } from "./safe-return-path";

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // headers() first: it marks the page as rendered per request before anything needs a secret.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  return session ? toSessionUser(session.user) : null;
});

/**
 * For pages and server actions: the signed-in user, or a redirect to sign-in that comes back.
 * @example const user = await requireUser("/progress");
 */
export async function requireUser(returnTo = "/"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return user;
}

/**
 * For pages and server actions of a role's area: signed out goes to sign-in, a user without the
 * role gets the 403 page (app/forbidden.tsx).
 * @example const admin = await requireRole("admin", "/admin");
 */
export async function requireRole(area: Area, returnTo = `/${area}`): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!canOpen(user.role, area)) forbidden();
  return user;
}
