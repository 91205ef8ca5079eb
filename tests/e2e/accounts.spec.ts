import { accountMenu, expect, expectAccessible, signIn, signOut, signUp, test, uniqueEmail } from "./fixtures";

test("sign up → signed in → the home page lists the six modules → sign out", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expectAccessible(page);

  await signUp(page, "Grace Hopper", uniqueEmail("grace"));
  await page.goto("/");
  const modules = page.getByRole("list", { name: "Modules of the track" }).getByRole("listitem");
  await expect(modules).toHaveCount(6);
  await expect(modules.getByRole("heading")).toHaveText([
    "What is GitOps?",
    "Repository Strategies",
    "Environment Promotion",
    "Drift Detection",
    "Secrets in GitOps",
    "Multi-Cluster GitOps",
  ]);
  await accountMenu(page).click();
  await expect(page.getByText("Role: Learner")).toBeVisible();
  await expectAccessible(page);
  await accountMenu(page).click();

  await signOut(page);
  await expect(accountMenu(page)).toHaveCount(0);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
});

test("sign-up mistakes are shown on their fields, and nothing is created", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Typo Person");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a valid email address, like ada@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expectAccessible(page);

  // The server's own answer for a taken email lands on the email field too.
  await page.getByLabel("Email").fill("learner@example.test");
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(accountMenu(page)).toHaveCount(0);
});

test("a wrong password is refused with a message; the right one signs in and returns to the page asked for", async ({ page }) => {
  await page.goto("/author");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fauthor$/);
  await page.getByLabel("Email").fill("author@example.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#sign-in-error")).toHaveText("That email and password do not match an account.");
  await expect(page.locator("#sign-in-error")).toHaveAttribute("role", "alert");
  await expectAccessible(page);
  await page.getByLabel("Password").fill("e2e-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Lessons" })).toBeVisible();
  await expectAccessible(page);
});

test("a learner gets the 403 page at /admin and /instructor", async ({ page }) => {
  await signIn(page, "learner@example.test");
  for (const path of ["/admin", "/instructor"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expectAccessible(page);
  }
});

test("an admin promotes a user to instructor, and that user can then open /instructor", async ({ browser }) => {
  const email = uniqueEmail("promoted");
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signUp(learner, "Pat Promoted", email);
  expect((await learner.goto("/instructor"))?.status()).toBe(403);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@example.test");
  await admin.goto("/admin");
  await expect(admin.getByRole("heading", { name: "Users and roles" })).toBeVisible();
  await expectAccessible(admin);
  const row = admin.getByRole("row").filter({ hasText: email });
  await row.getByLabel("Role of Pat Promoted").selectOption("instructor");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toHaveText("✓ Pat Promoted is now an instructor.");

  const response = await learner.goto("/instructor");
  expect(response?.status()).toBe(200);
  await expect(learner.getByRole("heading", { name: "Instructor dashboard" })).toBeVisible();
  await expectAccessible(learner);
  await learnerContext.close();
  await adminContext.close();
});
