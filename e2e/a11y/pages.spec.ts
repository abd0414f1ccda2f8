import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { newTestPerson } from "../fixtures/people";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

for (const width of [1280, 375]) {
  test(`public pages meet WCAG 2.1 AA checks at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/", "/hjelp", "/logg-inn"]) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
  });
}

test("the registration page meets WCAG 2.1 AA checks", async ({ page }) => {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, newTestPerson());
  await expect(page).toHaveURL(/\/registrer$/);
  expect(await violations(page)).toEqual([]);
  await page.getByRole("button", { name: "Send kode" }).click();
  await expect(page.locator(".ds-error-summary")).toBeVisible();
  expect(await violations(page), "with errors").toEqual([]);
});

test("portal pages meet WCAG 2.1 AA checks", async ({ page }) => {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, "15857520170");
  await expect(page).toHaveURL(/\/oversikt$/);
  for (const path of [
    "/oversikt",
    "/profil",
    "/profil/passnokler",
    "/profil/okter",
    "/medlemsgrupper",
    "/medlemsgrupper?q=helse",
    "/medlemsgrupper/sikkerhetsforum-for-helse",
    "/varsler",
  ]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
  }
});
