// The lint rule that keeps the simulation core pure must itself be able to fail.
import { ESLint } from "eslint";
import { expect, test } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function messagesFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => message.message);
}

test.each([
  ['import { useState } from "react";\nexport const x = useState;\n', "no React"],
  ['import { headers } from "next/headers";\nexport const x = headers;\n', "no Next.js"],
  ['import { PrismaClient } from "@prisma/client";\nexport const x = PrismaClient;\n', "no database"],
  ['import { prisma } from "@/lib/db/prisma.server";\nexport const x = prisma;\n', "no database"],
  ['import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n', "takes its fs as an argument"],
  ["export const now = Date.now();\n", "Inject a clock"],
  ["export const now = new Date();\n", "Inject a clock"],
  ["export const id = Math.random();\n", "Inject an id or random source"],
  ["export const title = document.title;\n", "no document"],
])("lib/kube refuses %j", async (code, expected) => {
  for (const folder of ["git", "kube", "kustomize", "reconciler", "secrets", "exercises", "sandbox"]) {
    const messages = await messagesFor(`lib/${folder}/example.ts`, code);
    expect(messages.join("\n"), folder).toContain(expected);
  }
});

test("pure code in the core passes, and the same imports are fine outside it", async () => {
  expect(await messagesFor("lib/kube/example.ts", "export function add(a: number, b: number) {\n  return a + b;\n}\n")).toEqual([]);
  expect(await messagesFor("lib/auth/example.ts", 'import { useState } from "react";\nexport const now = Date.now() + String(useState);\n')).toEqual([]);
  expect(await messagesFor("lib/kube/dated.ts", "export const at = (clock: () => number) => new Date(clock());\n")).toEqual([]);
});
