import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { expect, expectAccessible, signUp, test, uniqueEmail } from "./fixtures";

interface QuizFile {
  questions: { prompt: string; type: string; options: { text: string; correct: boolean; explanation: string }[] }[];
}
const quizOf = (folder: string) => yaml.load(readFileSync(`content/gitops/${folder}/quiz.yaml`, "utf8")) as QuizFile;

test("a signed-in learner's ticks on two modules survive a reload, and the progress bars move", async ({ page }) => {
  await signUp(page, "Tia Ticker", uniqueEmail("ticker"));
  await page.goto("/modules/what-is-gitops");
  const first = page.locator(".checklist input[type=checkbox]").first();
  await first.check();
  await expect(page.getByText("✓ Saved to your account.")).toBeVisible();
  await page.goto("/modules/drift-detection");
  const boxes = page.locator(".checklist input[type=checkbox]");
  await boxes.nth(0).check();
  await expect(page.getByText("✓ Saved to your account.")).toBeVisible();
  await boxes.nth(1).check();
  await expect(page.getByText("✓ Saved to your account.")).toBeVisible();
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(page.getByText(/^2 of \d+ done$/).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/");
  await expect(page.getByLabel("Module 3.1 progress")).toHaveAttribute("value", "1");
  await expect(page.getByLabel("Module 3.4 progress")).toHaveAttribute("value", "2");
  await expect(page.getByText(/^Track progress: 3 of \d+ checklist items$/)).toBeVisible();
  await expectAccessible(page);
});

test("a signed-out visitor's ticks are kept in the browser and merged into the account at sign-up", async ({ page }) => {
  await page.goto("/modules/secrets-in-gitops");
  await page.locator(".checklist input[type=checkbox]").first().check();
  await expect(page.getByText(/Saved in this browser/)).toBeVisible();
  await page.reload();
  await expect(page.locator(".checklist input[type=checkbox]").first()).toBeChecked();
  await signUp(page, "Gus Guest", uniqueEmail("guest"));
  await page.goto("/");
  await expect(page.getByLabel("Module 3.5 progress")).toHaveAttribute("value", "1");
});

test("a quiz answered wrongly shows why, and a right answer says so", async ({ page }) => {
  await page.goto("/modules/what-is-gitops");
  // The lesson is static HTML; answer once it is interactive (the account area has loaded).
  await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();
  const quiz = quizOf("3.1-what-is-gitops");
  const question = quiz.questions.find((entry) => entry.type === "single")!;
  const wrong = question.options.find((option) => !option.correct)!;
  const right = question.options.find((option) => option.correct)!;
  const fieldset = page.locator("fieldset.quiz-question").filter({ hasText: question.prompt });
  await fieldset.getByLabel(wrong.text, { exact: true }).check();
  await fieldset.getByRole("button", { name: "Check answer" }).click();
  await expect(fieldset.getByRole("status")).toHaveText("✗ Not quite — read why each option is right or wrong above.");
  await expect(fieldset.getByText(wrong.explanation)).toBeVisible();
  await expect(fieldset.getByText(right.explanation)).toBeVisible();
  await expectAccessible(page);
});

test("a tick made offline is shown as not saved, kept, and saved once the network is back", async ({ page, context }) => {
  await signUp(page, "Olly Offline", uniqueEmail("offline"));
  await page.goto("/modules/environment-promotion");
  await expect(page.getByText("Ticks are saved to your account.")).toBeVisible();
  const box = page.locator(".checklist input[type=checkbox]").first();
  await context.setOffline(true);
  await box.check();
  await expect(page.getByText(/Not saved yet — we will keep retrying/)).toBeVisible();
  await expect(box).toBeChecked();
  await context.setOffline(false);
  await expect(page.getByText("✓ Saved to your account.")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.locator(".checklist input[type=checkbox]").first()).toBeChecked();
});

test("the table of contents links to every section and marks the one being read", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/modules/drift-detection");
  const toc = page.getByRole("navigation", { name: "On this page" });
  const targets = await toc.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")!.slice(1)));
  expect(targets.length).toBeGreaterThan(8);
  for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
  // Bring the War story heading near the top, as a reader scrolling down would.
  await page.evaluate(() => window.scrollTo(0, document.getElementById("war-story")!.getBoundingClientRect().top + window.scrollY - 60));
  await expect(toc.getByRole("link", { name: "War story" })).toHaveAttribute("aria-current", "location");
});

test("search: '/' opens it, the keyboard picks a result, Enter opens that section", async ({ page }) => {
  await page.goto("/");
  // The page is static HTML; the shortcut works once it is interactive (the account area has loaded).
  await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();
  await page.keyboard.press("/");
  const input = page.getByRole("combobox", { name: "Search the lessons" });
  await expect(input).toBeFocused();
  await input.fill("sealing key");
  const options = page.getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toContainText("3.5 Secrets in GitOps");
  await expectAccessible(page);
  await input.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await input.press("ArrowUp");
  await input.press("Enter");
  await expect(page).toHaveURL(/\/modules\/secrets-in-gitops(#.+)?$/);
});

test("ticks made signed out are merged at sign-in too", async ({ page }) => {
  await page.goto("/modules/multi-cluster-gitops");
  await page.locator(".checklist input[type=checkbox]").nth(2).check();
  await expect(page.getByText(/Saved in this browser/)).toBeVisible();
  await page.goto("/sign-in?next=%2Fmodules%2Fmulti-cluster-gitops");
  await page.getByLabel("Email").fill("author@example.test");
  await page.getByLabel("Password").fill("e2e-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Ticks are saved to your account.")).toBeVisible();
  await expect(page.locator(".checklist input[type=checkbox]").nth(2)).toBeChecked();
  await page.reload();
  await expect(page.locator(".checklist input[type=checkbox]").nth(2)).toBeChecked();
});
