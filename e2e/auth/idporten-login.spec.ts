import { expect, test } from "../fixtures/test";
import { authenticateAtTestId, loginWithIdporten } from "../fixtures/idporten";
import { auditActionsSince } from "../fixtures/db";
import { newTestPerson } from "../fixtures/people";

test("new person logs in with ID-porten, lands on /registrer, logs out, and is logged out at the provider too", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/logg-inn$/);

  await loginWithIdporten(page, newTestPerson());
  await expect(page).toHaveURL(/\/registrer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registrer profilen");

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
  await expect(page.getByRole("link", { name: "Logg inn" })).toBeVisible();

  // The portal session is gone...
  await page.goto("/registrer");
  await expect(page).toHaveURL(/\/logg-inn/);
  // ...and so is the provider's: it asks for the number again instead of signing in silently.
  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  await expect(page.getByLabel("Fødselsnummer")).toBeVisible();
});

test("a registered test person lands on the dashboard", async ({ page }) => {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, "15857520170");
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oversikt");
});

test("a login below substantial is refused with a clear message and no session", async ({
  page,
}) => {
  const started = new Date(Date.now() - 1000);
  await page.goto("/logg-inn");
  await loginWithIdporten(page, newTestPerson(), "idporten-loa-low");
  await expect(page).toHaveURL(/\/logg-inn\/feil/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "sikkerhetsnivået var for lavt",
  );
  await page.goto("/registrer");
  await expect(page).toHaveURL(/\/logg-inn/);
  const audited = await auditActionsSince(started, "login.refused");
  if (audited) expect(audited.map((r) => r.details.reason)).toContain("acr_below_substantial");
});

test("a tampered state is refused with a clear message and no session", async ({ page }) => {
  const started = new Date(Date.now() - 1000);
  // The provider echoes whatever state it is given; change it on the way out.
  await page.route(/\/auth\?.*state=/, async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("state", "tampered-state");
    await route.continue({ url: url.toString() });
  });
  await page.goto("/logg-inn");
  await loginWithIdporten(page, newTestPerson());
  await expect(page).toHaveURL(/\/logg-inn\/feil/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Innloggingen kunne ikke fullføres",
  );
  await page.goto("/registrer");
  await expect(page).toHaveURL(/\/logg-inn/);
  const audited = await auditActionsSince(started, "login.failed");
  if (audited) expect(audited.length).toBeGreaterThan(0);
});

test("a replayed authorization response is refused and gives no session", async ({
  page,
  context,
}) => {
  let callbackUrl = "";
  page.on("request", (request) => {
    if (request.url().includes("/api/auth/callback/idporten")) callbackUrl = request.url();
  });
  await page.goto("/logg-inn");
  await loginWithIdporten(page, newTestPerson());
  await expect(page).toHaveURL(/\/registrer$/);
  expect(callbackUrl).toContain("code=");

  await context.clearCookies();
  await page.goto(callbackUrl);
  await expect(page).toHaveURL(/\/logg-inn\/feil/);
  await page.goto("/registrer");
  await expect(page).toHaveURL(/\/logg-inn/);
});

test("the test provider rejects a national identity number that fails the mod-11 check", async ({
  page,
}) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  await authenticateAtTestId(page, "15857520171");
  await expect(page.getByText(/kontrollsifrene stemmer ikke/)).toBeVisible();
});

test("logging out at ID-porten elsewhere ends the portal session through front-channel logout", async ({
  page,
  context,
}) => {
  const pid = newTestPerson();
  await page.goto("/logg-inn");
  await loginWithIdporten(page, pid);
  await expect(page).toHaveURL(/\/registrer$/);

  // Another service in the same ID-porten session logs the user out at the provider.
  const issuer = new URL(page.url()).origin.replace(
    /:\d+$/,
    `:${process.env.E2E_IDPORTEN_PORT ?? 4100}`,
  );
  const other = await context.newPage();
  await other.goto(`${issuer}/session/end`);
  await expect(other.getByText(/logget ut/i).first()).toBeVisible();

  await page.reload();
  // The cookie is still there but the session is not: login, then back to the same page.
  await expect(page).toHaveURL(/\/logg-inn\?callbackUrl=%2Fregistrer$/);
  await loginWithIdporten(page, pid);
  await expect(page).toHaveURL(/\/registrer$/);
});
