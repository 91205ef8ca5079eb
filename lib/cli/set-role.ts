// `npm run user:role -- <email> <role>`: the way to make the first admin of a production
// database (the embedded default seeds one; production seeds nothing). The person signs up
// first; this then changes their role. Stop `npm start` first on the embedded database.
import { z } from "zod";
import { ROLES } from "../auth/roles";
import { parseServerEnv } from "../config/server-env";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { createPrismaClient } from "../db/prisma-client";

const args = z.tuple([z.email("the first argument must be an email address"), z.enum(ROLES, { message: `the role must be one of ${ROLES.join(", ")}` })]);

async function main() {
  const parsed = args.safeParse(process.argv.slice(2));
  if (!parsed.success) {
    throw new Error(`Usage: npm run user:role -- <email> <${ROLES.join("|")}> (${parsed.error.issues[0].message})`);
  }
  const [email, role] = parsed.data;
  const env = parseServerEnv(process.env);
  const embedded = env.DATABASE_URL ? null : await startEmbeddedPostgres({ dataDir: env.DATA_DIR });
  const db = createPrismaClient(env.DATABASE_URL ?? embedded!.url, 1);
  try {
    const updated = await db.user.updateMany({ where: { email: email.toLowerCase() }, data: { role } });
    if (updated.count === 0) throw new Error(`No account with the email ${email}: sign up first, then run this again.`);
    console.log(`${email} now has the role ${role}.`);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
