import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { registerMember, uniqueEmail } from "../fixtures/registration";

const SUPPORT_PID = "01818012337";

test("support staff disables a user and the user's session ends at once", async ({ browser }) => {
  const memberContext = await browser.newContext();
  const supportContext = await browser.newContext();
  const member = await memberContext.newPage();
  const support = await supportContext.newPage();
  const email = uniqueEmail("example.org");
  const name = `Deaktiveres ${Date.now().toString(36)}`;

  await registerMember(member, { name, email });
  await member.goto("/oversikt");
  await expect(member).toHaveURL(/\/oversikt$/);

  await support.goto("/logg-inn");
  await loginWithIdporten(support, SUPPORT_PID, "idporten-loa-high");
  await expect(support).toHaveURL(/\/oversikt$/);
  await support.getByRole("link", { name: "Admin", exact: true }).first().click();
  await expect(support.getByRole("heading", { level: 1 })).toHaveText("Adminområdet");

  await support.goto("/admin/brukere");
  await support.getByLabel("Søk etter navn eller e-post").fill(email);
  await support.getByRole("button", { name: "Søk" }).click();
  const row = support.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Aktiv");
  await row.getByRole("link", { name }).click();
  await expect(support.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(support.getByRole("heading", { name: "Aktive innlogginger" })).toBeVisible();
  await expect(support.getByText("Ingen aktive innlogginger.")).toBeHidden();

  await support.getByRole("link", { name: "Deaktiver bruker" }).click();
  await expect(support.getByRole("heading", { name: "Vil du deaktivere brukeren?" })).toBeVisible();
  await support.getByRole("button", { name: "Ja, deaktiver bruker" }).click();
  await expect(
    support.getByText("Brukeren er deaktivert, og alle innlogginger er avsluttet."),
  ).toBeVisible();
  await expect(support.getByText("Ingen aktive innlogginger.")).toBeVisible();
  await expect(support.getByRole("link", { name: "Aktiver bruker" })).toBeVisible();

  await member.reload();
  await expect(member).toHaveURL(/\/logg-inn/);

  // The member is told by email, from support, with whom to call.
  await support.goto(`/dev/e-post?til=${encodeURIComponent(email)}`);
  const notice = support.getByRole("article", { name: "Kontoen din er deaktivert" });
  await expect(notice).toContainText("Brukerstøtte har deaktivert kontoen din");
  await expect(notice).toContainText("Utført av: Brukerstøtte i Helse- og KommuneCERT");

  await support.goto("/admin/revisjonslogg?handling=admin.user_disabled");
  await expect(
    support.getByRole("cell", { name: "Bruker deaktivert", exact: true }).first(),
  ).toBeVisible();

  await memberContext.close();
  await supportContext.close();
});

test("support staff with a substantial login sees the no-access explanation, and a plain member gets no access", async ({
  browser,
  consoleGuard,
}) => {
  // The no-access page answers 403, which the browser logs as a console error.
  consoleGuard.allow(/status of 403 \(Forbidden\) \(http:\/\/[^/]+\/admin/);
  const supportContext = await browser.newContext();
  const support = await supportContext.newPage();
  await support.goto("/logg-inn");
  await loginWithIdporten(support, SUPPORT_PID, "idporten-loa-substantial");
  await expect(support).toHaveURL(/\/oversikt$/);
  expect((await support.goto("/admin/brukere"))?.status()).toBe(403);
  await expect(support.getByRole("heading", { level: 1 })).toHaveText("Ingen tilgang");
  await expect(
    support.getByText(
      "Adminområdet krever innlogging med passnøkkel eller ID-porten på høyt nivå.",
    ),
  ).toBeVisible();
  // Not a dead end: a fresh login on the high level opens the admin area.
  await support.getByRole("link", { name: "Logg inn på nytt" }).click();
  await expect(support).toHaveURL(/\/logg-inn\?bekreft=1/);
  await loginWithIdporten(support, SUPPORT_PID, "idporten-loa-high");
  await expect(support).toHaveURL(/\/admin$/);
  await expect(support.getByRole("heading", { level: 1 })).toHaveText("Adminområdet");

  // An operational notice: published, listed as plain text, ended again.
  const title = `Vedlikehold <b>${Date.now().toString(36)}</b>`;
  await support.getByRole("link", { name: "Driftsmeldinger" }).first().click();
  await support.getByRole("textbox", { name: "Tittel" }).fill(title);
  await support
    .getByRole("textbox", { name: "Melding" })
    .fill("Portalen er utilgjengelig kl. 22–23.");
  await support.getByRole("button", { name: "Publiser" }).click();
  await expect(support.getByText("Driftsmeldingen er publisert.")).toBeVisible();
  await expect(support.getByRole("heading", { name: title })).toBeVisible();
  await support.getByRole("button", { name: `Avslutt driftsmeldingen ${title}` }).click();
  const ended = support.getByTestId("notice").filter({ hasText: title });
  await expect(ended).toContainText("Avsluttet");
  await expect(ended.getByRole("button", { name: /Avslutt/ })).toHaveCount(0);
  await supportContext.close();

  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await registerMember(member, { email: uniqueEmail("example.org") });
  await member.goto("/oversikt");
  await expect(member.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  for (const path of ["/admin", "/admin/brukere?q=test", "/admin/revisjonslogg"]) {
    const response = await member.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(member.getByRole("heading", { level: 1 })).toHaveText("Ingen tilgang");
    await expect(member.getByText("Adminområdet er bare for brukerstøtte.")).toBeVisible();
    await expect(member.getByRole("table")).toHaveCount(0);
  }
  await memberContext.close();
});
