import type { Page } from "@playwright/test";
import { wcagViolations } from "../fixtures/axe";
import { expect, test } from "../fixtures/test";
import { auditActionsSince } from "../fixtures/db";
import { loginWithIdporten } from "../fixtures/idporten";
import { registerMember, uniqueEmail } from "../fixtures/registration";

const SUPPORT_PID = "01818012337";
const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
const FORM_DAYS = ["Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag"];

/** Today's weekday in Oslo, 0 = Monday. */
function osloWeekday(): number {
  const short = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    weekday: "short",
  }).format(new Date());
  return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(short);
}

async function loginAsSupport(page: Page) {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, SUPPORT_PID, "idporten-loa-high");
  await expect(page).toHaveURL(/\/oversikt$/);
}

async function expectAccessible(page: Page, what: string) {
  await expect(page.locator("main h1").first()).toBeVisible();
  expect(await wcagViolations(page), `${what} (${page.url()})`).toEqual([]);
}

test("a service with opening hours is closed outside them and says when it opens", async ({
  browser,
}) => {
  const supportContext = await browser.newContext();
  const memberContext = await browser.newContext();
  const support = await supportContext.newPage();
  const member = await memberContext.newPage();
  const name = `Vaktrom ${Date.now().toString(36)}`;
  // Open only tomorrow (Oslo time): closed now, whatever the time of day the test runs.
  const tomorrow = (osloWeekday() + 1) % 7;

  await loginAsSupport(support);
  await support.goto("/admin/tjenester");
  await support.getByRole("link", { name: "Ny tjeneste" }).click();
  await expect(support.getByRole("heading", { level: 1 })).toHaveText("Ny tjeneste");
  await support.getByLabel("Navn", { exact: true }).fill(name);
  await support.getByLabel("Beskrivelse").fill("Vaktrommet for hendelser.");
  await support.getByLabel("Adresse").fill("http://vaktrom.example.no");
  // The register holds hundreds of groups: the list narrows by name, a ticked group stays in
  // view, and Enter in the field does not send the form.
  const filter = support.getByLabel("Finn medlemsgruppe", { exact: true });
  const helse = support.getByLabel("Helse Demo HF", { exact: true });
  const kommune = support.getByLabel("Demo kommune", { exact: true });
  await filter.fill("helse demo");
  await expect(helse).toBeVisible();
  await expect(kommune).toBeHidden();
  await helse.check();
  await filter.fill("kommune");
  await expect(kommune).toBeVisible();
  await expect(helse).toBeVisible();
  await filter.fill("ingen slik gruppe");
  await expect(support.getByText("Ingen medlemsgrupper passer søket.")).toBeHidden();
  await helse.uncheck();
  await expect(helse).toBeHidden();
  await expect(support.getByText("Ingen medlemsgrupper passer søket.")).toBeVisible();
  await filter.press("Enter");
  await expect(support.getByRole("heading", { level: 1 })).toHaveText("Ny tjeneste");
  await expect(support.getByText("Tjenesten er lagret.")).toHaveCount(0);
  await filter.fill("");
  await expect(kommune).toBeVisible();
  await support.getByLabel("Alle medlemsgrupper").check();
  await support.getByLabel("Faste åpningstider (norsk tid)").check();
  await support.getByLabel(FORM_DAYS[tomorrow]!, { exact: true }).fill("08.00-11.30, 12.30-16");
  await support.getByRole("button", { name: "Lagre tjenesten" }).click();
  // Bad input is refused with a Norwegian message and the typed values kept; nothing is saved.
  await expect(support.getByRole("link", { name: /gyldig https-adresse/ })).toBeVisible();
  await expect(support.getByLabel("Navn", { exact: true })).toHaveValue(name);
  await support.getByLabel("Adresse").fill("https://vaktrom.example.no");
  await support.getByRole("button", { name: "Lagre tjenesten" }).click();
  await expect(support.getByRole("link", { name: /Skriv tidsrom som 08.00-16.00/ })).toBeVisible();
  await support.getByLabel(FORM_DAYS[tomorrow]!, { exact: true }).fill("08.00-11.30, 12.30-16.00");
  await support.getByRole("button", { name: "Lagre tjenesten" }).click();
  await expect(support.getByRole("heading", { level: 1 })).toHaveText(`Tjeneste: ${name}`);
  await expect(support.getByText("Tjenesten er lagret.")).toBeVisible();
  await expect(support.getByRole("heading", { name: "Innlogging via portalen" })).toBeVisible();
  await support.goto("/admin/tjenester");
  await expect(support.getByRole("row", { name: new RegExp(name) })).toContainText(
    `${FORM_DAYS[tomorrow]} 08.00–11.30, 12.30–16.00`,
  );

  await registerMember(member, { name: "Vilde Vakt", email: uniqueEmail("helse-demo.no") });
  await member.goto("/oversikt");
  const card = member.getByRole("listitem").filter({ hasText: name });
  await expect(card).toContainText("Låst");
  await expect(card).toContainText(`Åpner ${WEEKDAYS[tomorrow]} kl. 08.00`);
  await expect(card.getByRole("link", { name: /Åpne/ })).toHaveCount(0);

  // The server checks it too: the service's own page stays closed.
  const slug = name.toLowerCase().replace(/ /g, "-");
  await member.goto(`/tjenester/${slug}`);
  await expect(member.getByText(`Åpner ${WEEKDAYS[tomorrow]} kl. 08.00`)).toBeVisible();
  await expect(member.getByText(/plassholder for tjenesten/)).toHaveCount(0);

  await supportContext.close();
  await memberContext.close();
});

test("support rejects a waiting request with a reason, and the requester reads it", async ({
  browser,
}) => {
  const group = "Sikkerhetsforum for helse";
  const name = `Rolf Ukjent ${Date.now().toString(36)}`;
  const reason = "Forumet er for sikkerhetsansvarlige i helseforetakene.";
  const memberContext = await browser.newContext();
  const supportContext = await browser.newContext();
  const member = await memberContext.newPage();
  const support = await supportContext.newPage();

  await registerMember(member, { name, email: uniqueEmail("ukjent-sykehus.no") });
  await member.goto(`/medlemsgrupper?q=${encodeURIComponent("sikkerhetsforum")}`);
  await member
    .getByRole("article", { name: group })
    .getByRole("button", { name: "Send forespørsel" })
    .click();
  await expect(
    member.getByRole("status").filter({ hasText: "Forespørselen er sendt" }),
  ).toBeVisible();

  await loginAsSupport(support);
  await support.goto("/admin/foresporsler");
  const request = support.getByTestId("request").filter({ hasText: name });
  await request.getByLabel("Begrunnelse (valgfritt, vises til den som spurte)").fill(reason);
  await request.getByRole("button", { name: `Avslå ${name} i ${group}` }).click();
  await expect(
    support.getByRole("status").filter({ hasText: `Forespørselen fra ${name} er avslått.` }),
  ).toBeVisible();
  await expect(request).toHaveCount(0);

  await member.goto("/varsler");
  await expect(
    member.getByText(
      `Forespørselen din om medlemskap i ${group} er avslått. Begrunnelse: ${reason}`,
    ),
  ).toBeVisible();

  await memberContext.close();
  await supportContext.close();
});

test("support exports the filtered audit log as CSV", async ({ page }) => {
  const since = new Date(Date.now() - 5_000);
  await loginAsSupport(page);
  await page.goto("/admin/revisjonslogg");
  await page.getByLabel("Handling").selectOption({ label: "Innlogging" });
  await page.getByLabel("Utført av").fill("Siri Support");
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date());
  await page.getByLabel("Fra dato").fill(today);
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/handling=login.succeeded/);
  await expect(page.getByRole("cell", { name: "Innlogging", exact: true }).first()).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^revisjonslogg-\d{4}-\d{2}-\d{2}\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]).toBe(
    '"Tidspunkt";"Handling";"Handlingskode";"Utført av";"Utført av (ID)";"Måltype";"Mål-ID";"IP-adresse";"Detaljer"',
  );
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) {
    expect(line).toContain('"Innlogging";"login.succeeded";"Siri Support"');
  }

  const exported = await auditActionsSince(since, "admin.audit_exported");
  if (exported) {
    expect(exported.at(-1)?.details).toMatchObject({
      filter: { handling: "login.succeeded", utforer: "Siri Support", fra: today },
    });
  }
});

test("the old sign-in settings address leads to the services", async ({ page }) => {
  await loginAsSupport(page);
  await page.goto("/admin/innlogging");
  await expect(page).toHaveURL(/\/admin\/tjenester$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tjenester");
});

for (const width of [1280, 375]) {
  test(`operations pages pass WCAG 2.1 AA checks at ${width}px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await loginAsSupport(page);
    for (const path of [
      "/admin",
      "/admin/tjenester",
      "/admin/tjenester/ny",
      "/admin/e-post",
      "/admin/foresporsler",
      "/admin/foresporsler?eldre=x",
      "/admin/revisjonslogg?handling=login.succeeded&maltype=user",
      "/admin/driftsmeldinger",
      "/admin/brukere",
    ]) {
      await page.goto(path);
      await expectAccessible(page, path);
    }
    await page.goto("/admin/tjenester");
    await page.getByRole("link", { name: "Endre Forum for informasjonssikkerhet" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tjeneste: Forum for informasjonssikkerhet",
    );
    await expectAccessible(page, "a service's admin page");
    await page.goto("/admin/brukere?q=gunnar");
    await page.getByRole("table").getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "Rett navn" })).toBeVisible();
    await expectAccessible(page, "a user's page with the support additions");
  });
}
