import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session.server";
import { prisma } from "@/lib/db/prisma.server";

export const metadata: Metadata = { title: "Instructor dashboard" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export default async function InstructorPage() {
  await requireRole("instructor");
  const learners = await prisma.user.findMany({
    where: { role: "learner" },
    orderBy: [{ createdAt: "desc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, createdAt: true },
    take: 500,
  });
  return (
    <section aria-labelledby="instructor-title">
      <h1 id="instructor-title">Instructor dashboard</h1>
      <p className="field-hint">
        {learners.length} {learners.length === 1 ? "learner" : "learners"}. Progress per module appears here once learners start ticking
        their checklists.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Learners</caption>
          <thead>
            <tr>
              <th scope="col">Learner</th>
              <th scope="col">Email</th>
              <th scope="col">Joined</th>
            </tr>
          </thead>
          <tbody>
            {learners.length === 0 && (
              <tr>
                <td colSpan={3}>No learners yet.</td>
              </tr>
            )}
            {learners.map((learner) => (
              <tr key={learner.id}>
                <td>{learner.name}</td>
                <td>{learner.email}</td>
                <td>{dateFormat.format(learner.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
