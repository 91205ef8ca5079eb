import { expect, expectAccessible, test } from "./fixtures";

test("an unknown route shows the 404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await expectAccessible(page);
});

test("every module page opens from the home page", async ({ page }) => {
  await page.goto("/");
  const links = page.getByRole("list", { name: "Modules of the track" }).getByRole("link");
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
  expect(hrefs).toHaveLength(6);
  for (const href of hrefs) {
    const response = await page.goto(href!);
    expect(response?.status(), href!).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Both themes: highlighted code and diagrams have their own colours in each.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expectAccessible(page);
    }
  }
});

test("the theme follows the system, and the toggle's choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // Following the system live needs the page to be interactive (the account area has loaded).
  await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");

  const toggle = page.getByRole("button", { name: /^Theme:/ });
  await expect(toggle).toHaveAccessibleName("Theme: System. Change theme");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Theme: Light. Change theme");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Theme: Dark. Change theme");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expectAccessible(page);
});

test("usable at 360 px: nothing scrolls sideways and the menus open", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 760 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole("navigation", { name: "Track" }).getByText("Modules", { exact: true }).click();
  await expect(page.getByRole("link", { name: /3\.4 Drift Detection/ })).toBeVisible();
  await expectAccessible(page);
});

test("keyboard only: skip link, then sign in without the mouse", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.getByLabel("Email").focus();
  await page.keyboard.type("instructor@example.test");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type("e2e-demo-password");
  await page.keyboard.press("Enter");
  await expect(page.locator("summary[aria-label='Account menu for Ian Instructor']")).toBeVisible();
  // The account menu opens from the keyboard and leads to the instructor's area.
  await page.locator("summary[aria-label='Account menu for Ian Instructor']").focus();
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: "Instructor dashboard" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Instructor dashboard" })).toBeVisible();
});

test("/api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});

test("a header menu closes with Escape (focus back on its button) and with a click elsewhere", async ({ page }) => {
  await page.goto("/");
  const summary = page.locator("summary", { hasText: "Modules" });
  await summary.click();
  const link = page.getByRole("link", { name: /3\.1 What is GitOps\?/ });
  await expect(link).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(link).toBeHidden();
  await expect(summary).toBeFocused();
  await summary.click();
  await expect(link).toBeVisible();
  await page.getByRole("heading", { name: "GitOps track" }).click();
  await expect(link).toBeHidden();
});

test("the track page has every section of the overview", async ({ page }) => {
  await page.goto("/");
  const sections = ["Overview", "Learning objectives", "Prerequisites", "Modules", "Learning path", "Key concepts", "Related tracks", "Tools you will encounter", "Key patterns", "Quick reference", "Your progress"];
  for (const name of sections) await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Modules of the track, as a table" }).getByRole("row")).toHaveCount(7);
  await expect(page.getByRole("list", { name: "Learning path" }).locator(".learning-path > li")).toHaveCount(18);
  await expect(page.locator(".track-checklist .checklist")).toHaveCount(6);
  await expectAccessible(page);
});
