import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { showHeader } from "../fixtures/menu";
import { registerMember, uniqueEmail } from "../fixtures/registration";

const GROUP = "Sikkerhetsforum for helse";
const GROUP_ADMIN = "15857520170";

test(
  "member without a known domain finds Sikkerhetsforum for helse, sends a request, the group admin approves it, and the member sees the membership and the notification",
  {
    tag: "@journey",
  },
  async ({ page, browser }) => {
    const name = `Mia Medlem ${Math.random().toString(36).slice(2, 8)}`;
    const email = uniqueEmail("ukjent-sykehus.no");
    const message = "Jeg er sikkerhetsansvarlig ved Ukjent sykehus og vil delta i forumet.";

    // The member: registered, but the email's domain belongs to no group.
    await registerMember(page, { name, email });
    await expect(page.getByText("Vi fant ingen medlemsgruppe for domenet")).toBeVisible();
    await page.getByRole("link", { name: "Søk etter medlemsgruppe" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Medlemsgrupper");
    await expect(
      page.getByRole("link", { name: "Finner du ikke medlemsgruppen din?" }),
    ).toBeVisible();

    await page.getByLabel("Søk etter medlemsgruppe").fill("SIKKERHETSFORUM helse");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=SIKKERHETSFORUM/);
    const hit = page.getByRole("article", { name: GROUP });
    await hit.getByText("Legg ved en melding (valgfritt)").click();
    await hit.getByLabel("Melding til administratorene (valgfritt)").fill(message);
    await expect(hit.getByText(`${1000 - message.length} tegn igjen`)).toBeVisible();
    await hit.getByRole("button", { name: "Send forespørsel" }).click();

    await expect(
      page.getByRole("status").filter({ hasText: "Forespørselen er sendt" }),
    ).toBeVisible();
    const myRequests = page.getByRole("region", { name: "Mine forespørsler" });
    await expect(myRequests.getByRole("row", { name: new RegExp(GROUP) })).toContainText("Venter");
    await expect(page.getByRole("article", { name: GROUP })).toContainText("venter på svar");

    // The group admin, in a browser of their own.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await admin.goto("/logg-inn");
    await loginWithIdporten(admin, GROUP_ADMIN);
    await expect(admin).toHaveURL(/\/oversikt$/);
    await showHeader(admin);
    await expect(admin.getByRole("link", { name: /^Varsler, \d+ ulest/ })).toBeVisible();
    // An email, too (at most one per admin and group per hour, so any such email will do).
    await admin.goto("/dev/e-post?til=gunnar.admin@helse-demo.no");
    await expect(
      admin.getByRole("article", { name: `Ny forespørsel om medlemskap i ${GROUP}` }).first(),
    ).toBeVisible();
    await admin.goto("/medlemsgrupper/sikkerhetsforum-for-helse");
    await admin.getByRole("tab", { name: /Forespørsler/ }).click();
    await expect(admin.getByRole("tab", { name: /Forespørsler/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    const request = admin.getByRole("article", { name: `Forespørsel fra ${name}` });
    await expect(request).toContainText(email);
    await expect(request).toContainText(message);
    await request.getByRole("button", { name: "Godkjenn" }).click();
    await expect(
      admin.getByRole("status").filter({ hasText: "Forespørselen er godkjent" }),
    ).toBeVisible();
    await expect(request).toHaveCount(0);
    await adminContext.close();

    // The member sees the membership and the notification.
    await page.goto("/medlemsgrupper");
    const myGroups = page.getByRole("region", { name: "Mine medlemsgrupper" });
    const membership = myGroups.getByRole("listitem").filter({ hasText: GROUP });
    await expect(membership).toContainText("Godkjent forespørsel");
    await expect(membership).toContainText("Medlem");
    await expect(myRequests.getByRole("row", { name: new RegExp(GROUP) })).toContainText(
      "Godkjent",
    );

    await showHeader(page);
    await page.getByRole("link", { name: "Varsler, 1 ulest" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Varsler");
    await expect(
      page.getByText(`Forespørselen din om medlemskap i ${GROUP} er godkjent. Du er nå medlem.`),
    ).toBeVisible();
    await page.getByRole("link", { name: "Åpne" }).click();
    await expect(page).toHaveURL(/\/medlemsgrupper\/sikkerhetsforum-for-helse$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(GROUP);
    await expect(
      page.getByRole("region", { name: "Tjenester" }).getByText("Forum for informasjonssikkerhet"),
    ).toBeVisible();
    await showHeader(page);
    await expect(page.getByRole("link", { name: "Varsler, ingen uleste" })).toBeVisible();
  },
);

test("the group admin rejects a request with a reason, and the requester reads it", async ({
  page,
  browser,
}) => {
  const name = `Rune Avvist ${Math.random().toString(36).slice(2, 8)}`;
  const reason = "Forumet er for sikkerhetsansvarlige i helseforetakene.";
  await registerMember(page, { name, email: uniqueEmail("ukjent-sykehus.no") });
  await page.goto(`/medlemsgrupper?q=${encodeURIComponent("sikkerhetsforum")}`);
  await page
    .getByRole("article", { name: GROUP })
    .getByRole("button", { name: "Send forespørsel" })
    .click();
  await expect(
    page.getByRole("status").filter({ hasText: "Forespørselen er sendt" }),
  ).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto("/logg-inn");
  await loginWithIdporten(admin, GROUP_ADMIN);
  await expect(admin).toHaveURL(/\/oversikt$/);
  await admin.goto("/medlemsgrupper/sikkerhetsforum-for-helse?fane=foresporsler");
  const request = admin.getByRole("article", { name: `Forespørsel fra ${name}` });
  await request.getByLabel("Begrunnelse (valgfritt, vises til den som spurte)").fill(reason);
  await request.getByRole("button", { name: "Avslå" }).click();
  await expect(
    admin.getByText("Forespørselen er avslått. Personen får beskjed i portalen."),
  ).toBeVisible();
  await expect(request).toHaveCount(0);
  await adminContext.close();

  await page.goto("/varsler");
  await expect(
    page.getByText(`Forespørselen din om medlemskap i ${GROUP} er avslått. Begrunnelse: ${reason}`),
  ).toBeVisible();
});

test("a group shows people outside it only the public part, never requests, and an unknown group is not found", async ({
  page,
  consoleGuard,
}) => {
  // The unknown group's 404 is what this test asks for; the browser logs it.
  consoleGuard.allow(/status of 404 .*\/medlemsgrupper\/finnes-ikke\)$/);
  await page.goto("/logg-inn");
  await loginWithIdporten(page, GROUP_ADMIN);
  await expect(page).toHaveURL(/\/oversikt$/);

  // The admin of Helse Demo HF and the forum is not in Demo kommune.
  await page.goto("/medlemsgrupper/demo-kommune?fane=foresporsler");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo kommune");
  await expect(page.getByText("Medlemsgruppen for ansatte i Demo kommune.")).toBeVisible();
  await expect(page.getByText("991000011")).toBeVisible();
  await expect(
    page.getByText("Blir du med automatisk med e-post på domenet demo-kommune.no"),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Send forespørsel" })).toBeVisible();
  await expect(page.getByRole("tablist")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Tjenester" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Medlemmer" })).toHaveCount(0);

  const response = await page.goto("/medlemsgrupper/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fant ikke siden");
});
