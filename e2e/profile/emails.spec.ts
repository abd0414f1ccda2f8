import { expect, test } from "@playwright/test";
import { readCodeFromMailbox } from "../fixtures/mailbox";
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
