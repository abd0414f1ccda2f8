import { expect, test } from "../fixtures/test";
import { authenticateAtTestId, loginWithIdporten } from "../fixtures/idporten";
import { isPhone, openMenuByKeyboard, followMenuLinkByKeyboard } from "../fixtures/menu";
import { logout } from "../fixtures/webauthn";
import { mailCount, readCodeFromMailbox } from "../fixtures/mailbox";
import { newTestPerson } from "../fixtures/people";
import {
  enterCode,
  registerMember,
  startRegistration,
  uniqueEmail,
} from "../fixtures/registration";

test(
  "new member confirms the email with the code from the mailbox and is joined to Helse Demo HF",
  {
    tag: "@journey",
  },
  async ({ page }) => {
    const email = uniqueEmail("helse-demo.no");
    await registerMember(page, { name: "Kari Nordmann", email });
    await expect(page.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();
    await page.getByRole("link", { name: "Gå til oversikten" }).click();
    await expect(page).toHaveURL(/\/oversikt$/);
    // Registration is finished: the form does not come back.
    await page.goto("/registrer");
    await expect(page).toHaveURL(/\/oversikt$/);
  },
);

test("a member without a known domain is told so and offered the group search", async ({
  page,
}) => {
  const email = uniqueEmail("ukjent-sykehus.no");
  await registerMember(page, { email });
  await expect(
    page.getByText("Vi fant ingen medlemsgruppe for domenet ukjent-sykehus.no."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Søk etter medlemsgruppe" })).toHaveAttribute(
    "href",
    "/medlemsgrupper",
  );
});

test("an expired code is refused and a new one works", async ({ page }) => {
  const email = uniqueEmail("helse-demo.no");
  await startRegistration(page, { email });
  const first = await readCodeFromMailbox(page, email);
  const expired = await page.request.post("/api/test/expire-email-codes");
  expect(expired.ok()).toBe(true);
  // Eleven minutes "passed" on the server; the page is looked at again, as after a break.
  await page.reload();

  await enterCode(page, first);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Koden er utløpt");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Du har skrevet inn koden etter at den utløp.",
  );

  // The cooldown is over once the code is older than a minute (the hook aged it).
  await page.getByRole("button", { name: "Send kode på nytt" }).click();
  await expect(page.getByText("Vi har sendt en ny kode.")).toBeVisible();
  await expect.poll(() => mailCount(page, email)).toBe(2);
  await enterCode(page, await readCodeFromMailbox(page, email));
  await expect(page).toHaveURL(/\/registrer\/ferdig/);
  await expect(page.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();
});

test("five wrong codes lock the code", async ({ page }) => {
  const email = uniqueEmail("demo-kommune.no");
  await startRegistration(page, { email });
  const code = await readCodeFromMailbox(page, email);
  const wrong = code === "000000" ? "111111" : "000000";
  for (let left = 4; left >= 1; left--) {
    await enterCode(page, wrong);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      `Du har ${left} forsøk igjen`,
    );
  }
  await enterCode(page, wrong);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Koden er sperret etter fem feil forsøk",
  );
  // Even the right code is now refused.
  await enterCode(page, code);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Koden er sperret");
  await expect(page).toHaveURL(/\/registrer\/bekreft/);
});

test("bad input gives a clear message and changes nothing", async ({ page }) => {
  const email = uniqueEmail("helse-demo.no");
  await startRegistration(page, { email });
  const code = await readCodeFromMailbox(page, email);

  await enterCode(page, "12a456");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Koden består av 6 siffer");
  await enterCode(page, "1234567");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Koden består av 6 siffer");

  // Inside the cooldown a new code cannot be asked for; nothing more was sent.
  await expect(page.getByRole("button", { name: "Send kode på nytt" })).toBeDisabled();
  await expect(page.getByText(/Du kan be om en ny kode om \d+ sekunder/)).toBeVisible();
  expect(await mailCount(page, email)).toBe(1);

  // Format errors did not use up attempts: the real code still works.
  await enterCode(page, code);
  await expect(page).toHaveURL(/\/registrer\/ferdig/);
});

test("the profile form refuses an invalid email and warns about a private one", async ({
  page,
}) => {
  await page.goto("/logg-inn");
  await loginWithIdporten(page, newTestPerson());
  await page.getByLabel("Fullt navn").fill("K");
  await page.getByLabel("Jobb-e-post").fill("ikke-en-adresse");
  await page.getByRole("button", { name: "Send kode" }).click();
  // An error summary takes focus and links to each field in error.
  const summary = page.locator(".ds-error-summary");
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: "Skriv inn fullt navn (minst 2 tegn)." }),
  ).toHaveAttribute("href", "#name");
  await expect(
    summary.getByRole("link", { name: /Skriv inn en gyldig e-postadresse/ }),
  ).toHaveAttribute("href", "#email");
  await expect(page.getByLabel("Fullt navn")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/registrer$/);

  await page.getByLabel("Jobb-e-post").fill("kari@gmail.com");
  await expect(page.getByText("gmail.com ser ut som en privat e-postadresse")).toBeVisible();
});

test(
  "a first-time person reaches «Du er nå medlem av …» in six actions (one more to open the menu on a phone)",
  {
    tag: "@journey",
  },
  async ({ page }) => {
    const actions: string[] = [];
    async function act(what: string, run: () => Promise<unknown>) {
      actions.push(what);
      await run();
    }
    const email = uniqueEmail("helse-demo.no");
    let code = "";

    await page.goto("/");
    if (isPhone(page)) {
      await act("open Meny with the keyboard", () => openMenuByKeyboard(page));
      await act("Logg inn", () => followMenuLinkByKeyboard(page, "Logg inn"));
    } else {
      await act("Logg inn", () => page.getByRole("link", { name: "Logg inn" }).click());
    }
    await act("Fortsett med ID-porten", () =>
      page.getByRole("button", { name: "Fortsett med ID-porten" }).click(),
    );
    await act("Autentiser at ID-porten", () => authenticateAtTestId(page, newTestPerson()));
    await expect(page).toHaveURL(/\/registrer$/);
    await act("Send kode with name and work email", async () => {
      await page.getByLabel("Fullt navn").fill("Første Gangsen");
      await page.getByLabel("Jobb-e-post").fill(email);
      await page.getByRole("button", { name: "Send kode" }).click();
    });
    await expect(page).toHaveURL(/\/registrer\/bekreft/);
    await act("read the code in the email", async () => {
      code = await readCodeFromMailbox(page, email);
    });
    // The field sends itself at the sixth digit: no `Bekreft` press.
    await act("type the code", () => page.getByLabel("Engangskode").fill(code));

    await expect(page.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();
    await expect(page).toHaveURL(/\/registrer\/ferdig/);
    expect(actions).toHaveLength(isPhone(page) ? 7 : 6);
  },
);

test("a person who logs in again before confirming lands on the code step, and the code in the inbox still works", async ({
  page,
}) => {
  const pid = newTestPerson();
  const email = uniqueEmail("helse-demo.no");
  await startRegistration(page, { pid, name: "Tor Tilbake", email });
  await logout(page);

  // Logging in again: straight to the code step (no ?e=), told the code still works.
  await page.goto("/logg-inn");
  await loginWithIdporten(page, pid);
  await expect(page).toHaveURL(/\/registrer\/bekreft$/);
  await expect(page.getByText(`Vi har sendt en engangskode til ${email}.`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "gjelder fortsatt" })).toBeVisible();

  // Changing the address is still possible; the form offers the way back to the code.
  await page.getByRole("link", { name: "Feil adresse? Endre e-postadressen" }).click();
  await expect(page).toHaveURL(/\/registrer$/);
  await expect(page.getByLabel("Jobb-e-post")).toHaveValue(email);
  await expect(page.getByLabel("Fullt navn")).toHaveValue("Tor Tilbake");
  await expect(
    page.getByText(`Vi har sendt en kode til ${email} som fortsatt gjelder.`),
  ).toBeVisible();

  // `Send kode` for the same address goes to the code step and does not replace the code.
  await page.getByRole("button", { name: "Send kode" }).click();
  await expect(page).toHaveURL(/\/registrer\/bekreft\?e=[0-9a-f-]+&fortsatt=1$/);
  await expect(page.getByRole("status").filter({ hasText: "gjelder fortsatt" })).toBeVisible();
  expect(await mailCount(page, email)).toBe(1);

  await enterCode(page, await readCodeFromMailbox(page, email));
  await expect(page).toHaveURL(/\/registrer\/ferdig/);
  await expect(page.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();
});

test("the code step without its address parameter shows the newest pending address, and a pasted code with a space sends itself", async ({
  page,
}) => {
  const first = uniqueEmail("helse-demo.no");
  await startRegistration(page, { email: first });
  // A second address: it got the newest code, so it is the one the code step shows.
  const second = uniqueEmail("demo-kommune.no");
  await page.getByRole("link", { name: "Feil adresse? Endre e-postadressen" }).click();
  await page.getByLabel("Jobb-e-post").fill(second);
  await page.getByRole("button", { name: "Send kode" }).click();
  await expect(page).toHaveURL(/\/registrer\/bekreft\?e=[0-9a-f-]+$/);

  await page.goto("/registrer/bekreft");
  await expect(page.getByText(`Vi har sendt en engangskode til ${second}.`)).toBeVisible();
  const code = await readCodeFromMailbox(page, second);
  await page.getByLabel("Engangskode").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(page).toHaveURL(/\/registrer\/ferdig/);
  await expect(page.getByText("Du er nå medlem av Demo kommune")).toBeVisible();
});
