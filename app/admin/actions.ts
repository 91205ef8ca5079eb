"use server";

import { revalidatePath } from "next/cache";
import { changeUserRole } from "@/lib/auth/change-user-role";
import { requireRole } from "@/lib/auth/session.server";
import { prisma } from "@/lib/db/prisma.server";

export interface RoleFormState {
  ok: boolean | null;
  message: string;
}

/** Changes a user's role. Authorized here on the server, whatever the page showed. */
export async function changeRoleAction(_previous: RoleFormState, form: FormData): Promise<RoleFormState> {
  const actor = await requireRole("admin");
  const result = await changeUserRole(prisma, actor, { userId: form.get("userId"), role: form.get("role") });
  if (result.ok) revalidatePath("/admin");
  return { ok: result.ok, message: result.message };
}
