import { checkDatabaseHealth } from "@/lib/db/database-health";
import { prisma } from "@/lib/db/prisma.server";

export const dynamic = "force-dynamic";

/** For load balancers and monitors: 200 when the database answers, 503 with the reason when not. */
export async function GET() {
  const database = await checkDatabaseHealth(prisma);
  const ok = database.status === "up";
  return Response.json(
    { status: ok ? "ok" : "unavailable", database },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
