import { expect, test } from "../fixtures/test";
import { followMenuLinkByKeyboard, isPhone, openMenuByKeyboard } from "../fixtures/menu";
import {
  addVirtualAuthenticator,
  loginAsRegisteredMember,
  logout,
  newPasskeyRow,
  withoutPasskeyAutofill,
} from "../fixtures/webauthn";

test(
  "from the dashboard to a working passkey in two actions: one press and the browser's prompt",
  {
    tag: "@journey",
  },
  async ({ page }) => {
    const authenticator = await addVirtualAuthenticator(page);
    await withoutPasskeyAutofill(page);
    await loginAsRegisteredMember(page, "Ola Ettrykk");

    // To the dashboard through the header: on a phone, the menu opened with the keyboard.
    if (isPhone(page)) {
      await openMenuByKeyboard(page);
      await followMenuLinkByKeyboard(page, "Oversikt");
    } else {
      await page
        .getByRole("navigation", { name: "Hovedmeny" })
        .getByRole("link", { name: "Oversikt" })
        .click();
    }
    await expect(page).toHaveURL(/\/oversikt$/);

    const actions: string[] = [];
    const suggestion = page.getByRole("region", { name: "Legg til passnøkkel" });
    actions.push("press Legg til passnøkkel");
    await suggestion.getByRole("button", { name: "Legg til passnøkkel" }).click();
    // The browser's prompt opens at once; the virtual authenticator answers it like a finger on the sensor.
    actions.push("confirm in the browser's prompt");
    await expect(page).toHaveURL(/\/profil\/passnokler\?lagt-til=[0-9a-f-]+$/);
    expect(actions).toHaveLength(2);
    expect(await authenticator.credentialCount()).toBe(1);

    // Named after the device, highlighted, with `Gi nytt navn`.
    const name = isPhone(page) ? "Passnøkkel (Android)" : "Passnøkkel (Windows)";
    await expect(page.getByRole("status").filter({ hasText: "er lagt til" })).toContainText(
      `«${name}»`,
    );
    const row = newPasskeyRow(page);
    await expect(row.getByRole("heading", { level: 3 })).toHaveText(name);
    await row.locator("summary", { hasText: "Gi nytt navn" }).click();
    await row.getByLabel(`Nytt navn på «${name}»`).fill("Jobbtelefonen");
    await row.getByRole("button", { name: "Lagre navnet" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Navnet er endret" })).toContainText(
      "«Jobbtelefonen»",
    );

    // It works: the next login is with the passkey.
    await logout(page);
    await page.goto("/logg-inn");
    await page.getByRole("button", { name: "Logg inn med passnøkkel" }).click();
    await expect(page).toHaveURL(/\/oversikt$/);
    await expect(page.getByRole("region", { name: "Legg til passnøkkel" })).toHaveCount(0);
  },
);

test("a cancelled prompt adds nothing and says so; pressing again works", async ({ page }) => {
  const authenticator = await addVirtualAuthenticator(page);
  await withoutPasskeyAutofill(page);
  await loginAsRegisteredMember(page, "Kari Kansellerer");
  await page.goto("/profil/passnokler");

  // The person closes the browser's prompt instead of touching the sensor.
  await authenticator.cdp.send("WebAuthn.setUserVerified", {
    authenticatorId: authenticator.authenticatorId,
    isUserVerified: false,
  });
  await page.getByRole("button", { name: "Legg til passnøkkel" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Ingen passnøkkel ble lagt til",
  );
  await expect(page.getByText("Du har ingen passnøkler ennå.")).toBeVisible();

  await authenticator.cdp.send("WebAuthn.setUserVerified", {
    authenticatorId: authenticator.authenticatorId,
    isUserVerified: true,
  });
  await page.getByRole("button", { name: "Legg til passnøkkel" }).click();
  await expect(page).toHaveURL(/\/profil\/passnokler\?lagt-til=/);
  await expect(newPasskeyRow(page)).toHaveCount(1);
});
