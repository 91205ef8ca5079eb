import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The embedded default's auth secret: generated once into the data folder (mode 600) and
 * reused, so sessions survive restarts. A new secret signs everyone out.
 */
export function loadOrCreateAuthSecret(dataDir: string): string {
  const secretPath = path.join(dataDir, "auth-secret");
  try {
    const existing = readFileSync(secretPath, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(secretPath, `${secret}\n`, { mode: 0o600 });
  return secret;
}
