import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { readCodeFromMailbox } from "../fixtures/mailbox";
import { newTestPerson } from "../fixtures/people";
import { enterCode, registerMember, uniqueEmail } from "../fixtures/registration";

const SCREEN = /\/profil\/e-post\/bekreft-pa-nytt/;

test("a member whose address is a year old confirms it again and keeps the membership", async ({
  page,
}) => {
  const pid = newTestPerson();
  const email = uniqueEmail("helse-demo.no");
  await registerMember(page, { pid, email });
  const aged = await page.request.post("/api/test/age-email?days=366");
  expect(await aged.json()).toEqual({ aged: 1, lapsed: 0 });

  // The next login asks for it, with a code already on its way.
  await page.context().clearCookies();
  await page.goto("/logg-inn");
  await loginWithIdporten(page, pid);
  await expect(page).toHaveURL(SCREEN);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Bekreft e-postadressen på nytt",
  );
  await expect(page.getByText(`Det er et år siden du bekreftet ${email}`)).toBeVisible();

  // It can wait: a banner on every page leads back.
  await page.getByRole("link", { name: "Gjør det senere" }).click();
  await expect(page).toHaveURL(/\/oversikt/);
  const banner = page.getByRole("region", { name: "Bekreft e-postadressen på nytt" });
  await expect(banner).toContainText(`Bekreft e-postadressen ${email} på nytt innen`);
  await banner.getByRole("link", { name: "Bekreft nå" }).click();
  await expect(page).toHaveURL(SCREEN);

  await enterCode(page, await readCodeFromMailbox(page, email));
  await expect(page).toHaveURL(/\/profil\/e-post\/ferdig/);
  await expect(page.getByText(`${email} er bekreftet.`)).toBeVisible();
  await expect(page.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();

  await page.goto("/oversikt");
  await expect(page.getByRole("region", { name: "Bekreft e-postadressen på nytt" })).toHaveCount(0);
  const groups = page.getByRole("region", { name: "Medlemsgruppene dine" });
  await expect(groups.getByRole("link", { name: "Helse Demo HF" })).toBeVisible();
});

test("after the grace period the automatic membership ends and comes back when the address is confirmed", async ({
  page,
}) => {
  const email = uniqueEmail("helse-demo.no");
  await registerMember(page, { email });
  const aged = await page.request.post("/api/test/age-email?days=396");
  expect(await aged.json()).toEqual({ aged: 1, lapsed: 1 });

  // Lapsing ended the session too; ID-porten's own session still knows the person.
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logg-inn/);
  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  await expect(page).toHaveURL(SCREEN);
  await expect(page.getByText(`Du bekreftet ikke ${email} innen fristen`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Gjør det senere" })).toHaveCount(0);

  await page.goto("/oversikt");
  await expect(page.getByRole("region", { name: "Bekreft e-postadressen på nytt" })).toContainText(
    `E-postadressen ${email} er ikke lenger bekreftet.`,
  );
  const groups = page.getByRole("region", { name: "Medlemsgruppene dine" });
  await expect(groups.getByRole("link", { name: "Helse Demo HF" })).toHaveCount(0);

  await page.goto("/profil/e-post/bekreft-pa-nytt");
  await enterCode(page, await readCodeFromMailbox(page, email));
  await expect(page.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();
  await page.goto("/oversikt");
  await expect(groups.getByRole("link", { name: "Helse Demo HF" })).toBeVisible();
});
