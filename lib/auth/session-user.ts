import { isRole, type Role } from "./roles";

/** What pages and actions know of the signed-in person. */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** better-auth returns `role` as an untyped extra field; anything unexpected is a learner. */
export function toSessionUser(user: { id: string; name: string; email: string; role?: unknown }): SessionUser {
  return { id: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "learner" };
}
