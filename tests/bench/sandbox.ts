// `npm run bench:sandbox`: the sandbox in Chromium against the production server. Per run, in
// a fresh browser profile: a lesson page loads with no sandbox code; "Open the sandbox here" →
// an editable Monaco editor and a rendered cluster tree (target ≤ 1.5 s on localhost); the
// JavaScript the sandbox downloaded (page + workers); then commit a change and press
// "Refresh now" → the tree shows the new revision (target ≤ 200 ms).
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { startServer } from "../e2e/start-server";

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const LESSON = "/modules/drift-detection";
const RUNS = 3;

interface RunFigures {
  lessonJsKb: number;
  lessonLoadedSandbox: boolean;
  openMs: number;
  sandboxJsKb: number;
  commitMs: number;
  refreshToTreeMs: number;
}

function countScripts(context: BrowserContext) {
  const totals = { bytes: 0 };
  context.on("requestfinished", async (request) => {
    const type = request.resourceType();
    const isScript = type === "script" || /\.m?js(\?|$)/.test(request.url());
    if (!isScript) return;
    const sizes = await request.sizes().catch(() => null);
    totals.bytes += sizes?.responseBodySize ?? 0;
  });
  return totals;
}

async function timed(page: Page, action: () => Promise<void>, until: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await action();
  await until();
  return Math.round(performance.now() - start);
}

async function run(context: BrowserContext, baseURL: string): Promise<RunFigures> {
  const scripts = countScripts(context);
  const page = await context.newPage();
  let workers = 0;
  page.on("worker", () => workers++);
  await page.goto(`${baseURL}${LESSON}`, { waitUntil: "networkidle" });
  const lessonBytes = scripts.bytes;
  const lessonLoadedSandbox = workers > 0 || (await page.evaluate(() => "MonacoEnvironment" in self));

  const open = page.getByRole("button", { name: /^Open the sandbox here/ }).first();
  await open.scrollIntoViewIfNeeded();
  const openMs = await timed(
    page,
    () => open.click(),
    async () => {
      await page.locator(".monaco-editor [role=textbox]:not([aria-readonly=true])").waitFor({ state: "attached", timeout: 30_000 });
      await page.locator(".monaco-editor .view-lines", { hasText: "replicas" }).waitFor({ timeout: 30_000 });
      await page.getByRole("treeitem", { name: /^Application web\b/ }).waitFor({ timeout: 30_000 });
    },
  );
  await page.waitForLoadState("networkidle");
  const sandboxBytes = scripts.bytes - lessonBytes;

  // Pause the clock so only the refresh moves Argo CD.
  await page.getByRole("tab", { name: "Timeline" }).click();
  const play = page.getByRole("button", { name: "Play" });
  if ((await play.getAttribute("aria-pressed")) === "true") await play.click();
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("Control+g");
  await page.keyboard.type("8");
  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.type("replicas: 5");
  await page.keyboard.press("Control+s");
  await page.getByRole("tab", { name: /^Changes\b/ }).click();
  await page.getByLabel("Commit message").fill("Five replicas");
  const committed = page.getByRole("status").filter({ hasText: /Committed [0-9a-f]{7}/ }).first();
  const commitMs = await timed(
    page,
    () => page.getByRole("button", { name: /^Commit / }).click(),
    () => committed.waitFor({ state: "attached" }),
  );
  const sha = /Committed ([0-9a-f]{7})/.exec((await committed.textContent()) ?? "")![1];
  await page.getByRole("tab", { name: "Timeline" }).click();
  const refreshToTreeMs = await timed(
    page,
    () => page.getByRole("button", { name: "Refresh now" }).click(),
    () => page.getByRole("treeitem", { name: new RegExp(`^Application web\\b.*revision ${sha}`) }).waitFor({ timeout: 10_000 }),
  );
  return { lessonJsKb: kb(lessonBytes), lessonLoadedSandbox, openMs, sandboxJsKb: kb(sandboxBytes), commitMs, refreshToTreeMs };
}

function kb(bytes: number): number {
  return Math.round(bytes / 102.4) / 10;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const server = await startServer("test-results/bench-sandbox-server.log");
const browser = await chromium.launch({ executablePath, args: ARGS });
try {
  // One warm-up run so the server's first render of each route is not charged to the figures.
  const warm = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await run(warm, server.baseURL);
  await warm.close();
  const results: RunFigures[] = [];
  for (let index = 0; index < RUNS; index++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    results.push(await run(context, server.baseURL));
    await context.close();
  }
  console.log("run   lesson JS (KB)   sandbox code on lesson   open → editor + tree (ms)   sandbox JS (KB)   commit (ms)   refresh → tree (ms)");
  results.forEach((figures, index) =>
    console.log(
      `${String(index + 1).padEnd(6)}${String(figures.lessonJsKb).padStart(14)}${(figures.lessonLoadedSandbox ? "yes" : "no").padStart(25)}${String(figures.openMs).padStart(28)}${String(figures.sandboxJsKb).padStart(18)}${String(figures.commitMs).padStart(14)}${String(figures.refreshToTreeMs).padStart(22)}`,
    ),
  );
  console.log(
    `median: open ${median(results.map((r) => r.openMs))} ms (target ≤ 1500), sandbox JS ${median(results.map((r) => r.sandboxJsKb))} KB transferred, refresh → tree ${median(results.map((r) => r.refreshToTreeMs))} ms (target ≤ 200), commit ${median(results.map((r) => r.commitMs))} ms`,
  );
} finally {
  await browser.close();
  await server.stop();
}
