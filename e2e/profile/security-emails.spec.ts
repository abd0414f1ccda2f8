import { expect, test } from "../fixtures/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { newTestPerson } from "../fixtures/people";
import { registerMember, uniqueEmail } from "../fixtures/registration";
import { addVirtualAuthenticator, withoutPasskeyAutofill } from "../fixtures/webauthn";
import type { Page } from "@playwright/test";

const FIREFOX_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0";

/** The newest email with `subject` to `address`, as the development mailbox shows it. */
async function newestMail(page: Page, address: string, subject: string) {
  const mailbox = await page.context().newPage();
  await mailbox.goto(`/dev/e-post?til=${encodeURIComponent(address)}`);
  const mail = mailbox.getByRole("article", { name: subject }).first();
  await expect(mail).toBeVisible();
  const text = await mail.getByTestId("mail-text").innerText();
  await mailbox.close();
  return text;
}

test("the member gets a security email for a new passkey and for a login from a new browser, and sees both under Min profil", async ({
  page,
  browser,
}) => {
  const pid = newTestPerson();
  const email = uniqueEmail("helse-demo.no");
  await addVirtualAuthenticator(page);
  await withoutPasskeyAutofill(page);
  await registerMember(page, { pid, name: "Sigrid Sikker", email });

  await page.goto("/profil/passnokler");
  await page.getByRole("button", { name: "Legg til passnøkkel" }).click();
  await expect(page).toHaveURL(/\/profil\/passnokler\?lagt-til=/);
  const added = await newestMail(page, email, "Ny passnøkkel på kontoen din");
  expect(added).toContain("Passnøkkelen «Passnøkkel (Windows)» ble lagt til på kontoen din");
  expect(added).toContain("Nettleser og system: Chrome på Windows");
  expect(added).toMatch(/Når: \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2} \(norsk tid\)/u);
  expect(added).toContain("Var ikke dette deg?");
  expect(added).toContain("post@helsecert.no");

  // The same person, another browser and system.
  const other = await browser.newContext({ userAgent: FIREFOX_MAC });
  const otherPage = await other.newPage();
  await otherPage.goto("/logg-inn");
  await loginWithIdporten(otherPage, pid);
  await expect(otherPage).toHaveURL(/\/oversikt$/);
  await other.close();
  const login = await newestMail(page, email, "Innlogging fra en ny nettleser");
  expect(login).toContain("med ID-porten fra en nettleser du ikke har brukt de siste 90 dagene");
  expect(login).toContain("Nettleser og system: Firefox på macOS");

  await page.goto("/profil");
  await page
    .getByRole("navigation", { name: "Min profil" })
    .getByRole("link", { name: "Sikkerhet" })
    .click();
  await expect(page).toHaveURL(/\/profil\/sikkerhet$/);
  const history = page.getByRole("list", { name: "Sikkerhetshendelser" });
  await expect(history.getByRole("listitem").nth(0)).toContainText(
    "Innlogging fra en ny nettleser",
  );
  await expect(history.getByRole("listitem").nth(0)).toContainText("Firefox på macOS");
  await expect(history.getByRole("listitem").nth(1)).toContainText(
    "Passnøkkel lagt til: «Passnøkkel (Windows)»",
  );
});
