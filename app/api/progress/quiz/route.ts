import { getAuth } from "@/lib/auth/auth.server";
import { authorizeRequest } from "@/lib/auth/authorize-request.server";
import { loadContentCatalog } from "@/lib/content/content-catalog.server";
import { prisma } from "@/lib/db/prisma.server";
import { recordQuizResult } from "@/lib/progress/record-quiz-result";

/** POST { moduleId, score, total } — a finished quiz attempt of the signed-in learner. */
export async function POST(request: Request) {
  const authorization = await authorizeRequest(getAuth(), request.headers, null);
  if (!authorization.ok) return authorization.response;
  const body = await request.json().catch(() => null);
  const result = await recordQuizResult(prisma, await loadContentCatalog(), authorization.user.id, body, new Date());
  if (!result.ok) return Response.json({ error: { message: result.message } }, { status: result.status });
  return Response.json(result.value);
}
