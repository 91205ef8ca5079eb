"use client";

import { useActionState } from "react";
import { changeRoleAction, type RoleFormState } from "@/app/admin/actions";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/roles";

interface RoleFormProps {
  userId: string;
  userName: string;
  role: Role;
}

export function RoleForm({ userId, userName, role }: RoleFormProps) {
  const [state, action, pending] = useActionState<RoleFormState, FormData>(changeRoleAction, { ok: null, message: "" });
  const selectId = `role-${userId}`;
  return (
    <form action={action} className="role-form">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={selectId} className="visually-hidden">
        Role of {userName}
      </label>
      <select id={selectId} name="role" defaultValue={role} key={role}>
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option]}
          </option>
        ))}
      </select>
      <button type="submit" className="button small" disabled={pending}>
        {pending ? "Saving…" : "Change role"}
      </button>
      <span role="status" className={state.ok === false ? "status-error" : "status-ok"}>
        {state.ok === null ? "" : `${state.ok ? "✓" : "✗"} ${state.message}`}
      </span>
    </form>
  );
}
