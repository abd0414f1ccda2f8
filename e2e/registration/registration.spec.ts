import { expect, test } from "@playwright/test";
import { loginWithIdporten } from "../fixtures/idporten";
import { mailCount, readCodeFromMailbox } from "../fixtures/mailbox";
import { newTestPerson } from "../fixtures/people";
import {
  enterCode,
  registerMember,
  startRegistration,
  uniqueEmail,
} from "../fixtures/registration";

test("new member confirms the email with the code from the mailbox and is joined to Helse Demo HF", async ({
  page,
}) => {
  const email = uniqueEmail("helse-demo.no");
  await registerMember(page, { name: "Kari Nordmann", email });
  await expect(page.getByText("Du er nå medlem av Helse Demo HF")).toBeVisible();
  await page.getByRole("link", { name: "Gå til oversikten" }).click();
  await expect(page).toHaveURL(/\/oversikt$/);
  // Registration is finished: the form does not come back.
  await page.goto("/registrer");
  await expect(page).toHaveURL(/\/oversikt$/);
});

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
