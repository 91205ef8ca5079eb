// `npm run bench:pages`: the track page and every lesson in Chromium against the production
// server, per page: JavaScript transferred (compressed), LCP, CLS and total blocking time.
// Targets on localhost: JS ≤ 150 KB gzip, LCP ≤ 1.0 s, CLS ≤ 0.05.
import { chromium } from "playwright-core";
import { readTrackIndex } from "@/lib/content/track-index.server";
import { startServer } from "../e2e/start-server";

const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

interface PageFigures {
  path: string;
  jsKb: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  monaco: boolean;
}

async function measure(browser: import("playwright-core").Browser, baseURL: string, path: string): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let jsBytes = 0;
  let monaco = false;
  // Chunk names are content hashes, so sandbox code is recognised by what it does: starting the
  // sandbox worker or setting up Monaco.
  page.on("worker", () => (monaco = true));
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const sizes = await request.sizes().catch(() => null);
    jsBytes += sizes?.responseBodySize ?? 0;
  });
  await page.addInitScript(() => {
    const store = { lcp: 0, cls: 0, tbt: 0 };
    (window as unknown as { __perf: typeof store }).__perf = store;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (store.lcp = entry.startTime))).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (store.cls += (entry as unknown as { hadRecentInput: boolean; value: number }).hadRecentInput ? 0 : (entry as unknown as { value: number }).value))).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (store.tbt += Math.max(0, entry.duration - 50)))).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`${baseURL}${path}`, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  const perf = await page.evaluate(() => (window as unknown as { __perf: { lcp: number; cls: number; tbt: number } }).__perf);
  if (await page.evaluate(() => "MonacoEnvironment" in self)) monaco = true;
  await context.close();
  return { path, jsKb: Math.round(jsBytes / 102.4) / 10, lcpMs: Math.round(perf.lcp), cls: Math.round(perf.cls * 1000) / 1000, tbtMs: Math.round(perf.tbt), monaco };
}

const server = await startServer("test-results/bench-pages-server.log");
const browser = await chromium.launch({ executablePath, args: ARGS });
try {
  const { lessons } = await readTrackIndex(process.cwd());
  const paths = ["/", ...lessons.map((lesson) => `/modules/${lesson.slug}`)];
  // One warm-up load so the first page is not charged for the server's first compile of each route.
  await measure(browser, server.baseURL, "/");
  console.log("page                                   JS (KB, compressed)   LCP (ms)   CLS     TBT (ms)   sandbox JS loaded");
  for (const path of paths) {
    const figures = await measure(browser, server.baseURL, path);
    console.log(`${path.padEnd(40)}${String(figures.jsKb).padStart(8)}${String(figures.lcpMs).padStart(16)}${String(figures.cls).padStart(9)}${String(figures.tbtMs).padStart(10)}   ${figures.monaco ? "yes" : "no"}`);
  }
  console.log("targets: JS ≤ 150 KB gzip, LCP ≤ 1000 ms, CLS ≤ 0.05; no lesson loads the sandbox before an exercise opens");
} finally {
  await browser.close();
  await server.stop();
}
