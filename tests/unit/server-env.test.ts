import { expect, test } from "vitest";
import { parseServerEnv } from "@/lib/config/server-env";

test("defaults: port 3000, embedded database, data/ folder", () => {
  const env = parseServerEnv({});
  expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "data", AUTH_RATE_LIMIT_MAX: 5, AUTH_RATE_LIMIT_WINDOW_SECONDS: 60 });
  expect(env.DATABASE_URL).toBeUndefined();
});

test("empty strings count as unset", () => {
  const env = parseServerEnv({ DATABASE_URL: "", PORT: "" });
  expect(env.DATABASE_URL).toBeUndefined();
  expect(env.PORT).toBe(3000);
});

test.each([
  [{ PORT: "eighty" }, "PORT: must be a port number between 1 and 65535"],
  [{ PORT: "70000" }, "PORT: must be a port number between 1 and 65535"],
  [{ DATABASE_URL: "mysql://db/app" }, "DATABASE_URL: must be a postgres:// or postgresql:// URL"],
  [{ BETTER_AUTH_SECRET: "short" }, "BETTER_AUTH_SECRET: must be at least 32 characters"],
  [{ AUTH_RATE_LIMIT_MAX: "0" }, "AUTH_RATE_LIMIT_MAX: must be a whole number above 0"],
])("%j is refused with a message naming the variable", (env, message) => {
  expect(() => parseServerEnv(env)).toThrow(message);
});

test("a postgresql:// URL and a numeric port are accepted", () => {
  expect(parseServerEnv({ DATABASE_URL: "postgresql://u:p@db:5432/app", PORT: "8080" })).toMatchObject({
    DATABASE_URL: "postgresql://u:p@db:5432/app",
    PORT: 8080,
  });
});
