import "server-only";
import type { Auth } from "./create-auth.server";
import { canOpen, type Area } from "./roles";
import { toSessionUser, type SessionUser } from "./session-user";

export type RequestAuthorization =
  | { ok: true; user: SessionUser }
  | { ok: false; response: Response };

function jsonError(status: 401 | 403, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status });
}

/**
 * For route handlers: the user behind the request's session cookie, checked against an area
 * (or just signed in when `area` is null); otherwise a JSON 401 or 403 to return as is.
 * @example const result = await authorizeRequest(getAuth(), request.headers, "instructor");
 *          if (!result.ok) return result.response;
 */
export async function authorizeRequest(auth: Auth, requestHeaders: Headers, area: Area | null): Promise<RequestAuthorization> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return { ok: false, response: jsonError(401, "UNAUTHENTICATED", "Sign in first.") };
  const user = toSessionUser(session.user);
  if (area && !canOpen(user.role, area)) {
    return { ok: false, response: jsonError(403, "FORBIDDEN", `This needs the ${area} role.`) };
  }
  return { ok: true, user };
}
