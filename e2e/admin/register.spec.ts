import type { Page } from "@playwright/test";
import { wcagViolations } from "../fixtures/axe";
import { loginWithIdporten } from "../fixtures/idporten";
import { registerMember, uniqueEmail } from "../fixtures/registration";
import { expect, test } from "../fixtures/test";

const SUPPORT_PID = "01818012337";
const GROUP_ADMIN_PID = "15857520170";

/** A fresh, valid organisation number (nine digits, mod-11 check digit). */
function orgNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const base = String(80_000_000 + Math.floor(Math.random() * 19_999_999));
    const sum = weights.reduce((acc, w, i) => acc + w * Number(base[i]), 0);
    const check = sum % 11 === 0 ? 0 : 11 - (sum % 11);
    if (check !== 10) return `${base}${check}`;
  }
}

const suffix = () => Math.random().toString(36).slice(2, 8);

async function loginAsSupport(page: Page) {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, SUPPORT_PID, "idporten-loa-high");
  await expect(page).toHaveURL(/\/oversikt$/);
}

/** Support creates a virksomhet and a member group for it; ends on the group's admin page. */
async function createOrganisationAndGroup(
  page: Page,
  policy: "Automatisk" | "Forslag" | "Etter forespørsel",
) {
  const id = suffix();
  const orgName = `Testsykehus ${id} HF`;
  const groupName = `Testgruppe ${id}`;
  await page.goto("/admin/virksomheter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Virksomheter");
  const form = page.getByRole("region", { name: "Ny virksomhet" });
  await form.getByLabel("Navn").fill(orgName);
  // A wrong check digit is refused on the server, with the field named.
  const number = orgNumber();
  const wrong = `${number.slice(0, 8)}${(Number(number[8]) + 1) % 10}`;
  await form.getByLabel("Organisasjonsnummer").fill(wrong);
  await form.getByRole("button", { name: "Opprett virksomhet" }).click();
  await expect(
    page.getByRole("link", { name: /Organisasjonsnummeret (er ikke gyldig|må ha ni siffer)/ }),
  ).toBeVisible();
  await form.getByLabel("Organisasjonsnummer").fill(number);
  await form.getByRole("button", { name: "Opprett virksomhet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(orgName);
  await expect(page.getByText("Virksomheten er opprettet.")).toBeVisible();

  await page.getByRole("link", { name: "Ny medlemsgruppe for virksomheten" }).click();
  const groupForm = page.getByRole("region", { name: "Ny medlemsgruppe" });
  await groupForm.getByLabel("Navn").fill(groupName);
  await groupForm.getByLabel("Beskrivelse").fill(`Medlemsgruppen for ${orgName}.`);
  await expect(groupForm.getByLabel("Virksomhet")).toHaveValue(/.+/);
  await groupForm.getByRole("radio", { name: policy, exact: true }).check();
  await groupForm.getByRole("button", { name: "Opprett medlemsgruppe" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(groupName);
  await expect(page.getByText("Medlemsgruppen er opprettet.")).toBeVisible();
  return { orgName, groupName, slug: `testgruppe-${id}`, domain: `sykehus-${id}.no` };
}

/** `Legg til domene` with its preview; checks the count and saves. */
async function addDomain(page: Page, domain: string, expectedCount: string) {
  const section = page.getByRole("region", { name: "E-postdomener" });
  await expect(
    section.getByText("Å fjerne et domene fjerner ikke eksisterende medlemmer."),
  ).toBeVisible();
  await section.getByLabel("Domene", { exact: true }).fill("gmail.com");
  await section.getByRole("button", { name: "Legg til domene" }).click();
  await expect(section.getByText(/offentlig e-posttjeneste/).first()).toBeVisible();
  await section.getByLabel("Domene", { exact: true }).fill(domain);
  await section.getByRole("button", { name: "Legg til domene" }).click();
  await expect(
    section.getByText(`${expectedCount} har en bekreftet e-postadresse på dette domenet`),
  ).toBeVisible();
  await section.getByRole("button", { name: "Lagre domene" }).click();
  await expect(section.getByText(`Domenet ${domain} er lagt til.`)).toBeVisible();
  await expect(section.getByRole("cell", { name: domain, exact: true })).toBeVisible();
}

test("support creates a virksomhet and a group with a domain, and a new person with that domain is joined at once", async ({
  page,
  browser,
}) => {
  await loginAsSupport(page);
  const { groupName, domain } = await createOrganisationAndGroup(page, "Automatisk");
  await addDomain(page, domain, "0 personer");

  const personContext = await browser.newContext();
  const person = await personContext.newPage();
  await registerMember(person, { name: `Nina Ny ${suffix()}`, email: uniqueEmail(domain) });
  await expect(
    person.getByRole("heading", { name: `Du er nå medlem av ${groupName}` }),
  ).toBeVisible();
  await personContext.close();

  await page.goto("/admin/medlemsgrupper");
  await page.getByLabel("Søk etter gruppe eller virksomhet").fill(groupName);
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  const row = page.getByRole("row", { name: new RegExp(groupName) });
  await expect(row.getByRole("cell").nth(3)).toHaveText("1");
});

test("support adds a domain to an existing group and a person who already had that domain becomes a member", async ({
  page,
  browser,
}) => {
  await loginAsSupport(page);
  const { groupName, domain } = await createOrganisationAndGroup(page, "Automatisk");
  const groupPage = page.url();

  const personContext = await browser.newContext();
  const person = await personContext.newPage();
  await registerMember(person, { name: `Per Tidlig ${suffix()}`, email: uniqueEmail(domain) });
  await expect(
    person.getByText(`Vi fant ingen medlemsgruppe for domenet ${domain}.`),
  ).toBeVisible();

  await page.goto(groupPage);
  await addDomain(page, domain, "1 person");
  await expect(page.getByText("1 person ble medlem av gruppen.")).toBeVisible();

  await person.goto("/medlemsgrupper");
  const mine = person.getByRole("region", { name: "Mine medlemsgrupper" });
  await expect(mine.getByRole("listitem").filter({ hasText: groupName })).toBeVisible();
  await person.goto("/varsler");
  await expect(person.getByText(`Du er lagt til som medlem av ${groupName}.`)).toBeVisible();
  await personContext.close();
});

test("a Forslag group is suggested to a matching person who requests in one press and is approved", async ({
  page,
  browser,
}) => {
  await loginAsSupport(page);
  const { groupName, slug, domain } = await createOrganisationAndGroup(page, "Forslag");
  await addDomain(page, domain, "0 personer");

  // Support makes the demo group admin an admin of the new group (member and admin in one step).
  const admins = page.getByRole("region", { name: "Administratorer" });
  await expect(admins.getByText("Gruppen har ingen administratorer.")).toBeVisible();
  await admins.getByLabel("Finn person (navn eller e-post)").fill("gunnar.admin@helse-demo.no");
  await admins.getByRole("button", { name: "Finn person" }).click();
  await page
    .getByRole("region", { name: "Administratorer" })
    .getByRole("button", { name: "Gjør Gunnar Admin til administrator" })
    .click();
  await expect(page.getByText("Personen er nå administrator for gruppen.")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Administratorer" }).getByRole("button", {
      name: "Fjern Gunnar Admin som administrator",
    }),
  ).toBeVisible();

  // The person: not joined, but the group is suggested with one-press `Send forespørsel`.
  const personContext = await browser.newContext();
  const person = await personContext.newPage();
  const name = `Siv Forslag ${suffix()}`;
  await registerMember(person, { name, email: uniqueEmail(domain) });
  const suggested = person.getByRole("region", { name: "Foreslått for deg" });
  await expect(suggested.getByRole("heading", { name: groupName })).toBeVisible();
  await suggested
    .getByRole("button", { name: `Send forespørsel om medlemskap i ${groupName}` })
    .click();
  await expect(person).toHaveURL(/\/medlemsgrupper\?ok=sendt/);
  await expect(
    person.getByRole("status").filter({ hasText: "Forespørselen er sendt" }),
  ).toBeVisible();
  await expect(
    person
      .getByRole("region", { name: "Foreslått for deg" })
      .getByText("Forespørsel sendt. Venter på godkjenning."),
  ).toBeVisible();

  // The group's admin approves as usual.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto("/logg-inn");
  await loginWithIdporten(admin, GROUP_ADMIN_PID);
  await expect(admin).toHaveURL(/\/oversikt$/);
  await admin.goto(`/medlemsgrupper/${slug}`);
  await admin.getByRole("tab", { name: /Forespørsler/ }).click();
  const request = admin.getByRole("article", { name: `Forespørsel fra ${name}` });
  await request.getByRole("button", { name: "Godkjenn" }).click();
  await expect(
    admin.getByRole("status").filter({ hasText: "Forespørselen er godkjent" }),
  ).toBeVisible();
  await adminContext.close();

  await person.goto("/medlemsgrupper");
  const mine = person.getByRole("region", { name: "Mine medlemsgrupper" });
  await expect(mine.getByRole("listitem").filter({ hasText: groupName })).toBeVisible();
  await expect(person.getByRole("region", { name: "Foreslått for deg" })).toHaveCount(0);
  await personContext.close();
});

test("register pages answer 403 with the explanation to a plain member", async ({
  page,
  consoleGuard,
}) => {
  // The browser logs every 403 document as a console error: here it is the point.
  consoleGuard.allow(/status of 403 \(Forbidden\)/);
  await registerMember(page, { email: uniqueEmail("example.org") });
  for (const path of ["/admin/virksomheter", "/admin/medlemsgrupper", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ingen tilgang");
    await expect(page.getByText("Adminområdet er bare for brukerstøtte.")).toBeVisible();
  }
});

for (const width of [1280, 375]) {
  test(`the register pages pass axe at ${width}px`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await loginAsSupport(page);
    const { domain } = await createOrganisationAndGroup(page, "Automatisk");
    const check = async (what: string) =>
      expect(await wcagViolations(page), `${what} (${page.url()})`).toEqual([]);
    await check("group page");
    const section = page.getByRole("region", { name: "E-postdomener" });
    await section.getByLabel("Domene", { exact: true }).fill(domain);
    await section.getByRole("button", { name: "Legg til domene" }).click();
    await expect(section.getByRole("button", { name: "Lagre domene" })).toBeVisible();
    await check("group page with the domain preview");
    await page.getByRole("link", { name: /^Testsykehus/ }).click();
    await check("virksomhet page");
    for (const path of ["/admin/virksomheter", "/admin/medlemsgrupper"]) {
      await page.goto(path);
      await check(path);
    }
    await page.goto("/admin/virksomheter");
    await page.getByRole("button", { name: "Opprett virksomhet" }).click();
    await expect(page.locator(".ds-error-summary")).toBeVisible();
    await check("virksomheter with errors");
  });
}
