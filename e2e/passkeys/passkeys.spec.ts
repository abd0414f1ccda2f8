import { expect, test } from "../fixtures/test";
import { authenticateAtTestId } from "../fixtures/idporten";
import {
  addPasskey,
  newPasskeyRow,
  addVirtualAuthenticator,
  auditRows,
  loginAsRegisteredMember,
  logout,
  withoutPasskeyAutofill,
} from "../fixtures/webauthn";

test("member adds a passkey, logs out, logs in with the passkey and lands on the dashboard", async ({
  page,
}) => {
  const authenticator = await addVirtualAuthenticator(page);
  await withoutPasskeyAutofill(page);
  await loginAsRegisteredMember(page);

  await page.goto("/profil/passnokler");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Passnøkler");
  await expect(page.getByText("Du har ingen passnøkler ennå.")).toBeVisible();
  await addPasskey(page, "Jobbtelefonen");

  const item = page.getByRole("listitem").filter({ hasText: "Jobbtelefonen" });
  await expect(item).toContainText("Ukjent leverandør");
  await expect(item).toContainText("Kun på denne enheten");
  await expect(item).toContainText("Ikke brukt ennå");
  expect(await authenticator.credentialCount()).toBe(1);

  await logout(page);
  const started = new Date(Date.now() - 1000);
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med passnøkkel" }).click();
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Oversikt");

  await page.goto("/profil/passnokler");
  await expect(page.getByRole("listitem").filter({ hasText: "Jobbtelefonen" })).not.toContainText(
    "Ikke brukt ennå",
  );
  const used = await auditRows(started, "passkey.used");
  if (used) expect(used.map((r) => r.details.name)).toContain("Jobbtelefonen");
  const logins = await auditRows(started, "login.succeeded");
  if (logins) expect(logins.map((r) => r.details.method)).toContain("passkey");
});

test("a replayed assertion is refused", async ({ page, request, baseURL }) => {
  await addVirtualAuthenticator(page);
  await withoutPasskeyAutofill(page);
  await loginAsRegisteredMember(page, "Rolf Replay");
  await page.goto("/profil/passnokler");
  await addPasskey(page, "YubiKey");
  await logout(page);

  let captured = "";
  page.on("request", (req) => {
    if (req.method() === "POST" && new URL(req.url()).pathname === "/api/passkeys/login") {
      captured = req.postData() ?? "";
    }
  });
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med passnøkkel" }).click();
  await expect(page).toHaveURL(/\/oversikt$/);
  expect(captured).toContain('"credential"');

  // An attacker who copied the signed assertion posts it again, from elsewhere.
  const started = new Date(Date.now() - 1000);
  const replay = await request.post("/api/passkeys/login", {
    headers: { "content-type": "application/json", origin: new URL(baseURL!).origin },
    data: captured,
  });
  expect(replay.status()).toBe(401);
  expect(await replay.json()).toEqual({ error: "challenge_invalid" });
  const dashboard = await request.get("/oversikt", { maxRedirects: 0 });
  expect(dashboard.status()).toBeGreaterThanOrEqual(300);
  expect(dashboard.headers()["location"]).toContain("/logg-inn");
  const refused = await auditRows(started, "passkey.refused");
  if (refused) expect(refused.map((r) => r.details.reason)).toContain("challenge_invalid");
});

test("removing the passkey stops it from working", async ({ page, consoleGuard }) => {
  // The refused login answers 401, which the browser logs.
  consoleGuard.allow(/status of 401 .*\/api\/passkeys\/login\)$/);
  const authenticator = await addVirtualAuthenticator(page);
  await withoutPasskeyAutofill(page);
  await loginAsRegisteredMember(page, "Frida Fjerner");
  await page.goto("/profil/passnokler");
  await addPasskey(page, "Gammel telefon");

  const item = page.getByRole("listitem").filter({ hasText: "Gammel telefon" });
  // Just added, so highlighted with `Gi nytt navn`.
  await item.locator("summary", { hasText: "Gi nytt navn" }).click();
  await item.getByLabel("Nytt navn på «Gammel telefon»").fill("Gammel mobil");
  await item.getByRole("button", { name: "Lagre navnet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Navnet er endret" })).toContainText(
    "«Gammel mobil»",
  );
  await expect(page.getByRole("heading", { name: "Gammel mobil", level: 3 })).toBeVisible();

  await page.getByRole("link", { name: "Fjern Gammel mobil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Vil du fjerne passnøkkelen «Gammel mobil»?",
  );
  await page.getByRole("button", { name: "Fjern passnøkkelen" }).click();
  await expect(page).toHaveURL(/\/profil\/passnokler\?fjernet=1$/);
  await expect(page.getByRole("status")).toContainText("Passnøkkelen er fjernet");
  await expect(page.getByText("Du har ingen passnøkler ennå.")).toBeVisible();

  await logout(page);
  // The device still holds the credential; the portal no longer knows it.
  expect(await authenticator.credentialCount()).toBe(1);
  const started = new Date(Date.now() - 1000);
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med passnøkkel" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "kjenner ikke igjen" });
  await expect(alert).toBeVisible();
  await expect(alert).toBeFocused();
  await expect(page).toHaveURL(/\/logg-inn$/);
  await expect(page.getByRole("button", { name: "Fortsett med ID-porten" })).toBeVisible();
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logg-inn/);
  const refused = await auditRows(started, "passkey.refused");
  if (refused) expect(refused.map((r) => r.details.reason)).toContain("unknown_credential");
});

test("step-up is asked when the login is older than 15 minutes", async ({ page, consoleGuard }) => {
  // When the login ages in the middle of naming, the options endpoint answers 403 (step-up).
  consoleGuard.allow(/status of 403 .*\/api\/passkeys\/registration\/options\)$/);
  await addVirtualAuthenticator(page);
  await withoutPasskeyAutofill(page);
  const pid = await loginAsRegisteredMember(page, "Stig Stepup");

  // Adding in one press with a 16-minute-old login: ID-porten first, then the prompt opens by itself.
  expect((await page.request.post("/api/test/age-login?minutes=16")).ok()).toBe(true);
  await page.goto("/oversikt");
  await page.getByRole("link", { name: "Legg til passnøkkel" }).click();
  await expect(page).toHaveURL(
    /\/logg-inn\?bekreft=1&callbackUrl=%2Fprofil%2Fpassnokler%3Flegg-til%3D1$/,
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bekreft at det er deg");
  await expect(page.getByRole("button", { name: "Logg inn med passnøkkel" })).toBeVisible();
  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  // A step-up is a fresh authentication at ID-porten, not its single sign-on.
  await authenticateAtTestId(page, pid);
  await expect(page).toHaveURL(/\/profil\/passnokler\?lagt-til=[0-9a-f-]+$/);
  const added = newPasskeyRow(page);
  await expect(added.getByRole("heading", { level: 3 })).toHaveText("Passnøkkel (Windows)");

  // Removing: old login again; this time the user confirms with the passkey itself.
  expect((await page.request.post("/api/test/age-login?minutes=16")).ok()).toBe(true);
  await page.getByRole("link", { name: "Fjern Passnøkkel (Windows)" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?bekreft=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bekreft at det er deg");
  await page.getByRole("button", { name: "Logg inn med passnøkkel" }).click();
  await expect(page).toHaveURL(/\/profil\/passnokler\/[0-9a-f-]+\/fjern$/);
  await page.getByRole("button", { name: "Fjern passnøkkelen" }).click();
  await expect(page.getByRole("status")).toContainText("Passnøkkelen er fjernet");

  // Naming first: the login ages while the user is in the middle of it, and the server asks again.
  await page.getByRole("link", { name: "Velg navn selv først" }).click();
  await page.getByLabel("Navn på passnøkkelen").fill("Jobb-PC");
  await page.getByRole("button", { name: "Neste" }).click();
  expect((await page.request.post("/api/test/age-login?minutes=16")).ok()).toBe(true);
  await page.getByRole("button", { name: "Opprett passnøkkel" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?bekreft=1/);
  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  await authenticateAtTestId(page, pid);
  await expect(page).toHaveURL(/\/profil\/passnokler\/ny$/);
  await page.getByRole("link", { name: "Avbryt" }).click();
  await addPasskey(page, "Jobb-PC");
});

test("the browser's passkey autofill on the login page signs the member in", async ({ page }) => {
  await addVirtualAuthenticator(page);
  await page.goto("/logg-inn");
  await expect(page.getByLabel("Passnøkkel", { exact: true })).toHaveAttribute(
    "autocomplete",
    "username webauthn",
  );
  await loginAsRegisteredMember(page, "Anne Autofyll");
  await page.goto("/profil/passnokler");
  await addPasskey(page, "Nettbrettet");
  await logout(page);

  // The page starts a conditional request on load; the virtual authenticator answers it
  // as if the user chose the passkey offered in the field.
  await page.goto("/logg-inn?callbackUrl=%2Fprofil%2Fpassnokler");
  await expect(page).toHaveURL(/\/profil\/passnokler$/);
  await expect(page.getByRole("listitem").filter({ hasText: "Nettbrettet" })).not.toContainText(
    "Ikke brukt ennå",
  );
});
