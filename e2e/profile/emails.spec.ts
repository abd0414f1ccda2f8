import { expect, test } from "../fixtures/test";
import { authenticateAtTestId } from "../fixtures/idporten";
import { readCodeFromMailbox } from "../fixtures/mailbox";
import { newTestPerson } from "../fixtures/people";
import { enterCode, registerMember, uniqueEmail } from "../fixtures/registration";

test("member adds a second work email, joins Demo kommune, and leaves it when the email is removed", async ({
  page,
}) => {
  await registerMember(page, { email: uniqueEmail("helse-demo.no") });
  const second = uniqueEmail("demo-kommune.no");

  await page.goto("/profil");
  await page.getByLabel("Ny jobb-e-post").fill(second);
  await page.getByRole("button", { name: "Send kode" }).click();
  await expect(page).toHaveURL(/\/profil\/e-post\/bekreft/);
  await enterCode(page, await readCodeFromMailbox(page, second));
  await expect(page.getByText("Du er nå medlem av Demo kommune")).toBeVisible();

  await page.getByRole("link", { name: "Tilbake til Min profil" }).click();
  const row = page.getByRole("listitem").filter({ hasText: second });
  await expect(row.getByText("Bekreftet")).toBeVisible();
  await row.locator("summary", { hasText: "Fjern" }).click();
  await row.getByRole("button", { name: "Ja, fjern adressen" }).click();
  await expect(page.getByText(/Du er ikke lenger medlem av Demo kommune/)).toBeVisible();

  await page.goto("/oversikt");
  const groups = page.getByRole("region", { name: "Medlemsgruppene dine" });
  await expect(groups.getByRole("link", { name: "Helse Demo HF" })).toBeVisible();
  await expect(groups.getByRole("link", { name: "Demo kommune" })).toHaveCount(0);
});

test("adding an email after an old login asks for a fresh ID-porten login and comes back", async ({
  page,
}) => {
  const pid = newTestPerson();
  await registerMember(page, { pid, email: uniqueEmail("helse-demo.no") });
  expect((await page.request.post("/api/test/age-login?minutes=16")).ok()).toBe(true);

  await page.goto("/profil");
  await page.getByLabel("Ny jobb-e-post").fill(uniqueEmail("demo-kommune.no"));
  await page.getByRole("button", { name: "Send kode" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?bekreft=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bekreft at det er deg");

  // ID-porten asks again instead of reusing its single sign-on.
  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  await authenticateAtTestId(page, pid);
  await expect(page).toHaveURL(/\/profil$/);
  await expect(page.getByLabel("Ny jobb-e-post")).toBeVisible();
});
