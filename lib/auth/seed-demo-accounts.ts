// Demo accounts for the embedded default, so a fresh clone can be tried in every role.
// Rows are written the way better-auth writes an email + password sign-up (a user, and a
// "credential" account holding better-auth's scrypt hash), so better-auth signs them in.
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Database } from "@/lib/db/prisma-client";
import type { Role } from "./roles";

export const DEMO_ACCOUNTS: ReadonlyArray<{ role: Role; name: string; email: string }> = [
  { role: "learner", name: "Lea Learner", email: "learner@example.test" },
  { role: "instructor", name: "Ian Instructor", email: "instructor@example.test" },
  { role: "author", name: "Ada Author", email: "author@example.test" },
  { role: "admin", name: "Alex Admin", email: "admin@example.test" },
];

export interface SeededAccount {
  role: Role;
  email: string;
  password: string;
}

/** A password a person can type: 16 characters of base64url (96 random bits). */
export function randomDemoPassword(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * Creates the demo accounts when the database has no user at all; returns them with their
 * passwords (to print once), or an empty list when there were users already.
 */
export async function seedDemoAccounts(db: Database, choosePassword: () => string = randomDemoPassword): Promise<SeededAccount[]> {
  const accounts = await Promise.all(
    DEMO_ACCOUNTS.map(async (account) => {
      const password = choosePassword();
      return { ...account, password, hash: await hashPassword(password) };
    }),
  );
  return db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) return [];
    for (const account of accounts) {
      const userId = randomUUID();
      await tx.user.create({
        data: {
          id: userId,
          name: account.name,
          email: account.email,
          emailVerified: true,
          role: account.role,
          accounts: { create: { id: randomUUID(), accountId: userId, providerId: "credential", password: account.hash } },
        },
      });
    }
    return accounts.map(({ role, email, password }) => ({ role, email, password }));
  });
}
