import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { e2eDatabase } from "../fixtures/db";
import { readCodeFromMailbox } from "../fixtures/mailbox";
import { registerMember, startRegistration, uniqueEmail } from "../fixtures/registration";

/** What the person on the confirm page sees, without the address and the running countdown. */
async function confirmPageText(page: Page, address: string): Promise<string> {
  const text = await page.getByRole("main").innerText();
  return text.split(address).join("<adresse>").replace(/\d+/g, "#");
}

test("registering an address another account has confirmed answers exactly like a free one", async ({
  browser,
}) => {
  const taken = uniqueEmail("helse-demo.no");
  const free = uniqueEmail("helse-demo.no");
  const owner = await (await browser.newContext()).newPage();
  await registerMember(owner, { name: "Eli Eier", email: taken });
  await owner.context().close();

  const attacker = await (await browser.newContext()).newPage();
  await startRegistration(attacker, { name: "Mallory Angriper", email: taken });
  const takenUrl = new URL(attacker.url());
  const takenText = await confirmPageText(attacker, taken);
  const stranger = await (await browser.newContext()).newPage();
  await startRegistration(stranger, { name: "Fri Person", email: free });
  const freeUrl = new URL(stranger.url());
  expect(takenText).toEqual(await confirmPageText(stranger, free));
  expect(takenUrl.pathname).toBe(freeUrl.pathname);
  expect([...takenUrl.searchParams.keys()]).toEqual([...freeUrl.searchParams.keys()]);

  // The owner's mailbox says the address is in use and how to get help; there is no code.
  const mailbox = await attacker.context().newPage();
  await mailbox.goto(`/dev/e-post?til=${encodeURIComponent(taken)}`);
  const newest = mailbox.getByRole("article", { name: "Bekreft din e-postadresse" }).first();
  await expect(newest.getByTestId("mail-text")).toContainText(
    "allerede bekreftet på en annen konto",
  );
  await expect(newest.getByTestId("mail-text")).toContainText("kontakt brukerstøtte");
  expect(await newest.getByTestId("mail-text").innerText()).not.toMatch(/\b\d{6}\b/);
  await mailbox.close();
  // The free address got its code as usual.
  expect(await readCodeFromMailbox(stranger, free)).toMatch(/^\d{6}$/);

  // The same cooldown for both: `Send kode på nytt` waits.
  for (const page of [attacker, stranger]) {
    await expect(page.getByRole("button", { name: "Send kode på nytt" })).toBeDisabled();
  }

  await attacker.context().close();
  await stranger.context().close();

  // In the database: the address is still confirmed by the owner alone.
  const sql = e2eDatabase();
  test.skip(!sql, "needs DATABASE_URL to read the database");
  try {
    const rows = await sql!<{ confirmed: boolean; name: string }[]>`
      select e.confirmed_at is not null as confirmed, u.name
      from user_emails e join users u on u.id = e.user_id where e.address = ${taken}
      order by u.name`;
    expect(rows).toEqual([
      { confirmed: true, name: "Eli Eier" },
      { confirmed: false, name: "Mallory Angriper" },
    ]);
  } finally {
    await sql!.end();
  }
});
