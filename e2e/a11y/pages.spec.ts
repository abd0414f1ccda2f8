import type { Page } from "@playwright/test";
import { wcagViolations } from "../fixtures/axe";
import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { readCodeFromMailbox } from "../fixtures/mailbox";
import { newTestPerson } from "../fixtures/people";
import { uniqueEmail } from "../fixtures/registration";
import { addVirtualAuthenticator, withoutPasskeyAutofill } from "../fixtures/webauthn";

const GROUP_ADMIN = "15857520170";
const SUPPORT = "01818012337";

/** Checks the page as it is now; `what` names it in the failure. */
async function expectAccessible(page: Page, what: string) {
  await expect(page.locator("main h1").first()).toBeVisible();
  expect(await wcagViolations(page), `${what} (${page.url()})`).toEqual([]);
}

async function visitAll(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
}

for (const width of [1280, 375]) {
  test.describe(`WCAG 2.1 AA checks at ${width}px`, () => {
    test.beforeEach(async ({ page }) => {
      // Many pages per test, each analysed in full.
      test.slow();
      await page.setViewportSize({ width, height: 900 });
    });

    test("public pages", async ({ page }) => {
      await visitAll(page, ["/", "/hjelp", "/logg-inn", "/logg-inn?utlopt=1", "/logg-inn/feil"]);
    });

    test("the first-time journey: profile, code step and result, then the passkey pages", async ({
      page,
    }) => {
      await addVirtualAuthenticator(page);
      await withoutPasskeyAutofill(page);
      const email = uniqueEmail("helse-demo.no");
      await page.goto("/logg-inn");
      await loginWithIdporten(page, newTestPerson());
      await expect(page).toHaveURL(/\/registrer$/);
      await expectAccessible(page, "profile step");
      await page.getByRole("button", { name: "Send kode" }).click();
      await expect(page.locator(".ds-error-summary")).toBeVisible();
      await expectAccessible(page, "profile step with errors");

      await page.getByLabel("Fullt navn").fill("Una Universell");
      await page.getByLabel("Jobb-e-post").fill(email);
      await page.getByRole("button", { name: "Send kode" }).click();
      await expect(page).toHaveURL(/\/registrer\/bekreft/);
      await expectAccessible(page, "code step");
      await page.getByLabel("Engangskode").fill("12a456");
      await page.getByRole("button", { name: "Bekreft" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
      await expectAccessible(page, "code step with an error");
      await page.getByLabel("Engangskode").fill(await readCodeFromMailbox(page, email));
      await expect(page).toHaveURL(/\/registrer\/ferdig/);
      await expectAccessible(page, "result page");

      await visitAll(page, ["/oversikt", "/profil", "/profil/okter", "/profil/passnokler"]);
      await page.goto("/profil/passnokler/ny");
      await expectAccessible(page, "naming a passkey, step 1");
      await page.getByLabel("Navn på passnøkkelen").fill("Jobb-PC");
      await page.getByRole("button", { name: "Neste" }).click();
      await expectAccessible(page, "naming a passkey, step 2");
      await page.goto("/profil/passnokler");
      await page.getByRole("button", { name: "Legg til passnøkkel" }).click();
      await expect(page).toHaveURL(/\?lagt-til=/);
      await expectAccessible(page, "the list with the new passkey highlighted");
      await page.getByRole("link", { name: /^Fjern / }).click();
      await expectAccessible(page, "removing a passkey");
      await visitAll(page, ["/profil/sikkerhet", "/varsler"]);

      await page.goto("/profil");
      await page.getByLabel("Ny jobb-e-post").fill(uniqueEmail("demo-kommune.no"));
      await page.getByRole("button", { name: "Send kode" }).click();
      await expect(page).toHaveURL(/\/profil\/e-post\/bekreft/);
      await expectAccessible(page, "code step for an added email");
      await page.goto("/logg-inn?bekreft=1&callbackUrl=%2Fprofil");
      await expectAccessible(page, "step-up");

      // A year later: the re-confirmation screen and the banner.
      expect((await page.request.post("/api/test/age-email?days=366")).ok()).toBe(true);
      await visitAll(page, ["/profil/e-post/bekreft-pa-nytt", "/oversikt"]);
    });

    test("a result page without a group, and the group search", async ({ page }) => {
      const email = uniqueEmail("ukjent-sykehus.no");
      await page.goto("/logg-inn");
      await loginWithIdporten(page, newTestPerson());
      await page.getByLabel("Fullt navn").fill("Ulf Ukjent");
      await page.getByLabel("Jobb-e-post").fill(email);
      await page.getByRole("button", { name: "Send kode" }).click();
      await expect(page).toHaveURL(/\/registrer\/bekreft/);
      await page.getByLabel("Engangskode").fill(await readCodeFromMailbox(page, email));
      await expect(page).toHaveURL(/\/registrer\/ferdig/);
      await expectAccessible(page, "result page without a group");
      await visitAll(page, [
        "/medlemsgrupper",
        "/medlemsgrupper?q=helse",
        "/medlemsgrupper/demo-kommune",
      ]);
    });

    test("member and group administrator pages, with every admin tab", async ({ page }) => {
      await page.goto("/logg-inn");
      await loginWithIdporten(page, GROUP_ADMIN);
      await expect(page).toHaveURL(/\/oversikt$/);
      await visitAll(page, [
        "/oversikt",
        "/profil",
        "/profil/passnokler",
        "/profil/okter",
        "/profil/sikkerhet",
        "/profil/tilganger",
        "/medlemsgrupper",
        "/medlemsgrupper/sikkerhetsforum-for-helse",
        "/medlemsgrupper/sikkerhetsforum-for-helse?fane=foresporsler",
        "/medlemsgrupper/sikkerhetsforum-for-helse?fane=medlemmer",
        "/medlemsgrupper/helse-demo-hf?fane=medlemmer",
        "/medlemsgrupper/sikkerhetsforum-for-helse/gjennomgang",
        "/varsler",
        "/tjenester/trusselvurderinger",
      ]);
    });

    test("admin pages", async ({ page }) => {
      await page.goto("/logg-inn");
      await loginWithIdporten(page, SUPPORT, "idporten-loa-high");
      await expect(page).toHaveURL(/\/oversikt$/);
      await visitAll(page, [
        "/admin",
        "/admin/brukere",
        "/admin/brukere?q=gunnar",
        "/admin/revisjonslogg",
        "/admin/driftsmeldinger",
        "/admin/tjenester",
        "/admin/gjennomganger",
      ]);
      await page.goto("/admin/brukere?q=gunnar");
      await page.getByRole("table").getByRole("link").first().click();
      await expect(page).toHaveURL(/\/admin\/brukere\/[0-9a-f-]+$/);
      await expectAccessible(page, "a user in the admin area");
      await page.getByRole("link", { name: "Deaktiver bruker" }).click();
      await expect(page).toHaveURL(/\?bekreft=deaktiver$/);
      await expectAccessible(page, "confirming to disable a user");
    });
  });
}
