// One migrated database shared by the integration files (they run one after another).
// Tests that need an empty database make their own with createScratchDatabase().
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrations";
import { createScratchDatabase } from "./scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createScratchDatabase();
  await applyMigrations(database.url, "prisma/migrations");
  project.provide("databaseUrl", database.url);
  console.log(`integration tests on a fresh ${database.kind} database`);
  return async () => {
    await database.drop();
  };
}
