import { getAuth } from "@/lib/auth/auth.server";
import { authorizeRequest } from "@/lib/auth/authorize-request.server";
import { loadContentCatalog } from "@/lib/content/content-catalog.server";
import { prisma } from "@/lib/db/prisma.server";
import { recordChecklistTicks } from "@/lib/progress/record-checklist-ticks";

/** PUT { ticks: [{ moduleId, itemId, done }] } — the signed-in learner's checklist ticks. */
export async function PUT(request: Request) {
  const authorization = await authorizeRequest(getAuth(), request.headers, null);
  if (!authorization.ok) return authorization.response;
  const body = await request.json().catch(() => null);
  const result = await recordChecklistTicks(prisma, await loadContentCatalog(), authorization.user.id, body);
  if (!result.ok) return Response.json({ error: { message: result.message } }, { status: result.status });
  return Response.json({ saved: result.value.length });
}
