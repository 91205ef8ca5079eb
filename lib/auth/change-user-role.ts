// An admin changes someone's role. The rules live here, not in the server action, so they
// are tested against a real database for every kind of actor.
import { z } from "zod";
import type { Database } from "@/lib/db/prisma-client";
import { canOpen, ROLES, type Role } from "./roles";
import type { SessionUser } from "./session-user";

export const changeUserRoleInput = z.object({
  userId: z.string().trim().min(1, "Choose a user."),
  role: z.enum(ROLES, { message: "Choose one of learner, instructor, author or admin." }),
});

export type ChangeUserRoleResult =
  | { ok: true; message: string; role: Role }
  | { ok: false; code: "FORBIDDEN" | "INVALID_INPUT" | "NOT_FOUND" | "LAST_ADMIN"; message: string; field?: "role" | "userId" };

/**
 * @example await changeUserRole(db, admin, { userId, role: "instructor" })
 *          // { ok: true, message: "Ada Lovelace is now an instructor.", role: "instructor" }
 */
export async function changeUserRole(db: Database, actor: SessionUser, input: unknown): Promise<ChangeUserRoleResult> {
  if (!canOpen(actor.role, "admin")) {
    return { ok: false, code: "FORBIDDEN", message: "Only an admin can change roles." };
  }
  const parsed = changeUserRoleInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, code: "INVALID_INPUT", message: issue.message, field: issue.path[0] === "role" ? "role" : "userId" };
  }
  const { userId, role } = parsed.data;
  // One transaction: the "is this the last admin?" count and the update cannot interleave
  // with another admin demoting the other remaining admin at the same moment.
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true } });
    if (!target) return { ok: false, code: "NOT_FOUND", message: "That user no longer exists.", field: "userId" } as const;
    if (target.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) {
        return { ok: false, code: "LAST_ADMIN", message: "Keep at least one admin: promote someone else first.", field: "role" } as const;
      }
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    const article = /^[aeiou]/.test(role) ? "an" : "a";
    return { ok: true, message: `${target.name} is now ${article} ${role}.`, role } as const;
  }, { isolationLevel: "Serializable" });
}
