import { expect, test } from "../fixtures/test";
import { auditActionsSince } from "../fixtures/db";
import {
  demoPage,
  expectSignedIn,
  expectSignedOutSoon,
  registerAt,
} from "../fixtures/demo-service";
import { authenticateAtTestId, loginWithIdporten } from "../fixtures/idporten";

const SUPPORT_PID = "01818012337";

function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}

test("a member opens Sårbarhetsoversikt and is signed in to it with their groups", async ({
  page,
}) => {
  const name = uniqueName("Sårbar");
  const { email } = await registerAt(page, {
    domain: "helse-demo.no",
    level: "idporten-loa-high",
    name,
  });
  await page.goto("/oversikt");
  await page.getByRole("link", { name: "Åpne Sårbarhetsoversikt" }).click();

  // Straight through: the portal session signs the person in without another login.
  await expect(page).toHaveURL(demoPage("sarbarhetsoversikt"));
  await expectSignedIn(page, "Sårbarhetsoversikt", name);
  await expect(page.locator('[data-claim="groups"]')).toHaveText("helse-demo-hf");
  await expect(page.locator('[data-claim="organisations"]')).toHaveText("991000003");
  await expect(page.locator('[data-claim="email"]')).toHaveText(email);
  await expect(page.locator('[data-claim="acr"]')).toHaveText("ID-porten, høyt nivå");

  // Min profil → Tilganger lists the service, and ending it logs the person out there.
  await page.goto("/profil/tilganger");
  const row = page.getByRole("row", { name: /Sårbarhetsoversikt/ });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Avslutt tilgangen til Sårbarhetsoversikt" }).click();
  await expect(page.getByText("Du er logget ut av Sårbarhetsoversikt.")).toBeVisible();
  await expectSignedOutSoon(page, demoPage("sarbarhetsoversikt"), "Sårbarhetsoversikt");
});

test("a member with a substantial login is asked to step up for a phishing-resistant service", async ({
  page,
}) => {
  const name = uniqueName("Opptrapping");
  const { pid } = await registerAt(page, {
    domain: "helse-demo.no",
    level: "idporten-loa-substantial",
    name,
  });

  await page.goto(`${demoPage("sarbarhetsoversikt")}login`);
  await expect(page).toHaveURL(/\/logg-inn\?bekreft=1/);
  await expect(page.getByRole("heading", { name: "Bekreft at det er deg" })).toBeVisible();

  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  await authenticateAtTestId(page, pid, "idporten-loa-high");
  await expect(page).toHaveURL(demoPage("sarbarhetsoversikt"));
  await expectSignedIn(page, "Sårbarhetsoversikt", name);
  await expect(page.locator('[data-claim="acr"]')).toHaveText("ID-porten, høyt nivå");
});

test("a member outside the service's groups is refused and nothing is issued", async ({
  page,
  consoleGuard,
}) => {
  // The refusal page answers 403 on purpose; the browser logs that.
  consoleGuard.allow(/status of 403 .*\/oidc\/interaction\/[\w-]+\)$/);
  const since = new Date();
  const name = uniqueName("Utenfor");
  await registerAt(page, { domain: "demo-kommune.no", level: "idporten-loa-high", name });

  const refusal = await page.goto(`${demoPage("varsler-fra-sensorene")}login`);
  await expect(
    page.getByRole("heading", { name: "Du har ikke tilgang til Varsler fra sensorene" }),
  ).toBeVisible();
  expect(refusal?.status()).toBe(403);
  await expect(page.getByText("Ingen opplysninger om deg er sendt til tjenesten.")).toBeVisible();

  await page.goto(demoPage("varsler-fra-sensorene"));
  await expect(
    page.getByRole("heading", { name: "Du er ikke logget inn i Varsler fra sensorene" }),
  ).toBeVisible();

  const refused = await auditActionsSince(since, "oidc.refused");
  const issued = await auditActionsSince(since, "oidc.signed_in");
  if (refused && issued) {
    expect(refused.some((r) => r.details.clientId === "varsler-fra-sensorene")).toBe(true);
    expect(issued.filter((r) => r.details.clientId === "varsler-fra-sensorene")).toHaveLength(0);
  }
});

test("support disables a person and the demo service's session ends (back-channel logout)", async ({
  browser,
}) => {
  const memberContext = await browser.newContext();
  const supportContext = await browser.newContext();
  const member = await memberContext.newPage();
  const support = await supportContext.newPage();
  const name = uniqueName("Deaktivert");
  const { email } = await registerAt(member, {
    domain: "helse-demo.no",
    level: "idporten-loa-high",
    name,
  });
  await member.goto(`${demoPage("sarbarhetsoversikt")}login`);
  await expectSignedIn(member, "Sårbarhetsoversikt", name);

  await support.goto("/logg-inn");
  await loginWithIdporten(support, SUPPORT_PID, "idporten-loa-high");
  await support.goto("/admin/brukere");
  await support.getByLabel("Søk etter navn eller e-post").fill(email);
  await support.getByRole("button", { name: "Søk" }).click();
  await support
    .getByRole("row", { name: new RegExp(name) })
    .getByRole("link", { name })
    .click();
  await support.getByRole("link", { name: "Deaktiver bruker" }).click();
  await support.getByRole("button", { name: "Ja, deaktiver bruker" }).click();
  await expect(
    support.getByText("Brukeren er deaktivert, og alle innlogginger er avsluttet."),
  ).toBeVisible();

  await expectSignedOutSoon(member, demoPage("sarbarhetsoversikt"), "Sårbarhetsoversikt");
  await memberContext.close();
  await supportContext.close();
});

test("logging out of the portal logs out of the demo service", async ({ page }) => {
  const name = uniqueName("Utlogget");
  await registerAt(page, { domain: "helse-demo.no", level: "idporten-loa-high", name });
  await page.goto(`${demoPage("varsler-fra-sensorene")}login`);
  await expectSignedIn(page, "Varsler fra sensorene", name);

  await page.goto("/oversikt");
  await page.getByRole("button", { name: "Logg ut" }).first().click();
  await expect(page).not.toHaveURL(/\/oversikt/);

  await expectSignedOutSoon(page, demoPage("varsler-fra-sensorene"), "Varsler fra sensorene");
});

test("logging out of the demo service logs out of the portal too", async ({ page }) => {
  const name = uniqueName("Tjenesteutlogging");
  await registerAt(page, { domain: "helse-demo.no", level: "idporten-loa-high", name });
  await page.goto(`${demoPage("sarbarhetsoversikt")}login`);
  await expectSignedIn(page, "Sårbarhetsoversikt", name);

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("heading", { name: "Logg ut av Medlemsportalen?" })).toBeVisible();
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(demoPage("sarbarhetsoversikt"));
  await expect(
    page.getByRole("heading", { name: "Du er ikke logget inn i Sårbarhetsoversikt" }),
  ).toBeVisible();

  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logg-inn/);
});
