import type { Metadata } from "next";
import { RoleForm } from "@/components/admin/role-form";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session.server";
import { prisma } from "@/lib/db/prisma.server";

export const metadata: Metadata = { title: "Users and roles" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminPage() {
  const admin = await requireRole("admin");
  const users = await prisma.user.findMany({
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">Users and roles</h1>
      <p className="field-hint">
        {users.length} {users.length === 1 ? "account" : "accounts"}. Learners are the default; instructors follow cohorts, authors edit
        lessons, admins manage accounts.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">All accounts with their roles</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Joined</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.name}
                  {user.id === admin.id && " (you)"}
                </td>
                <td>{user.email}</td>
                <td>{dateFormat.format(user.createdAt)}</td>
                <td>
                  <span className="visually-hidden">Currently {ROLE_LABELS[user.role]}. </span>
                  <RoleForm userId={user.id} userName={user.name} role={user.role} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
