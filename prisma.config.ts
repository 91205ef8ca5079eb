// Prisma 7 reads its configuration from here. The datasource URL is only used by Prisma's own
// CLI (`prisma migrate deploy` on a machine that can download the native engine); the app and
// the migration runner in lib/db take DATABASE_URL directly.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/reconcile" },
});
