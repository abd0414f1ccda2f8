import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";

const GROUP_ADMIN = "15857520170";

test("a group administrator turns the morning summary of join requests off and on under Min profil", async ({
  page,
}) => {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, GROUP_ADMIN);
  await expect(page).toHaveURL(/\/oversikt$/);
  await page.goto("/profil");
  const section = page.getByRole("region", { name: "E-post om forespørsler" });
  const digest = section.getByRole("checkbox", { name: /oppsummering kl\. 08 hver morgen/ });
  await expect(digest).toBeChecked();

  await digest.uncheck();
  await section.getByRole("button", { name: "Lagre" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "Du får ikke lenger oppsummeringen om morgenen.",
  );
  await page.reload();
  await expect(digest).not.toBeChecked();

  await digest.check();
  await section.getByRole("button", { name: "Lagre" }).click();
  await expect(section.getByRole("status")).toHaveText(
    "Du får oppsummeringen hver morgen når forespørsler venter.",
  );
  await page.reload();
  await expect(digest).toBeChecked();
});
