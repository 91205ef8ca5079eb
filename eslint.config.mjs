import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The simulation core (DESIGN.md): pure, deterministic TypeScript that runs in Node tests, in
// a Web Worker and on the server. No UI or server framework, no database, no DOM, no wall
// clock and no randomness: clock, ids and fs are injected.
export const SIMULATION_CORE = ["git", "kube", "kustomize", "reconciler", "secrets", "exercises", "sandbox"].map((name) => `lib/${name}/**`);

const frameworkImports = {
  patterns: [
    { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "The simulation core is pure: no React." },
    { group: ["next", "next/*", "server-only", "client-only"], message: "The simulation core is pure: no Next.js." },
    { group: ["@prisma/*", "prisma", "**/db/generated/**", "@/lib/db/*", "**/lib/db/*"], message: "The simulation core is pure: no database." },
    { group: ["zustand", "zustand/*", "@monaco-editor/*", "monaco-editor", "monaco-editor/*"], message: "The simulation core is pure: no UI state or editor." },
    { group: ["node:fs", "fs", "node:fs/*", "fs/*"], message: "The simulation core takes its fs as an argument." },
  ],
};

const impureGlobals = ["window", "document", "localStorage", "sessionStorage", "navigator", "location", "fetch", "XMLHttpRequest"].map((name) => ({
  name,
  message: `The simulation core runs in Node and in a worker: no ${name}.`,
}));

const impureSyntax = [
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: "Inject a clock instead of Date.now()." },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Inject a clock instead of new Date()." },
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: "Inject an id or random source instead of Math.random()." },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message: "Inject a clock instead of performance.now()." },
  { selector: "MemberExpression[object.name='crypto'][property.name='randomUUID']", message: "Inject an id generator instead of crypto.randomUUID()." },
];

const config = [
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: SIMULATION_CORE,
    rules: {
      "no-restricted-imports": ["error", frameworkImports],
      "no-restricted-globals": ["error", ...impureGlobals],
      "no-restricted-syntax": ["error", ...impureSyntax],
    },
  },
];

export default config;
