import { getAuth } from "@/lib/auth/auth.server";
import { authorizeRequest } from "@/lib/auth/authorize-request.server";
import { prisma } from "@/lib/db/prisma.server";
import { readChecklistProgress } from "@/lib/progress/record-checklist-ticks";

export const dynamic = "force-dynamic";

/** GET: the signed-in learner, their ticks per module and their best quiz scores (401 when signed out). */
export async function GET(request: Request) {
  const authorization = await authorizeRequest(getAuth(), request.headers, null);
  if (!authorization.ok) return authorization.response;
  const userId = authorization.user.id;
  const [checklist, quizzes] = await Promise.all([readChecklistProgress(prisma, userId), prisma.quizResult.findMany({ where: { userId } })]);
  const quiz = Object.fromEntries(quizzes.map((row) => [row.moduleId, { score: row.bestScore, total: row.total }]));
  return Response.json({ user: authorization.user, checklist, quiz }, { headers: { "Cache-Control": "no-store" } });
}
