import { expect, test } from "../fixtures/test";
import { e2eDatabase } from "../fixtures/db";
import { loginAsRegisteredMember } from "../fixtures/webauthn";

const GROUP = "Sikkerhetsforum for helse";

async function stored<T>(query: (sql: NonNullable<ReturnType<typeof e2eDatabase>>) => Promise<T>) {
  const sql = e2eDatabase();
  if (!sql) return null;
  try {
    return await query(sql);
  } finally {
    await sql.end();
  }
}

test("a name with a bidi override is refused with a clear message, and spaces are tidied", async ({
  page,
}) => {
  const marker = `Tekst ${Date.now()}`;
  await loginAsRegisteredMember(page, marker);
  await page.goto("/profil");
  const field = page.getByLabel("Fullt navn");
  await field.fill(`${marker} \u202Eexe.gnp`);
  await page.getByRole("button", { name: "Lagre navn" }).click();
  await expect(field).toHaveAccessibleDescription(/tegn som snur skriveretningen/);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const names = await stored(
    (sql) => sql<{ name: string }[]>`select name from users where name like ${`${marker}%`}`,
  );
  if (names) expect(names.map((r) => r.name)).toEqual([marker]);

  await field.fill(`  ${marker}   Nordmann  `);
  await page.getByRole("button", { name: "Lagre navn" }).click();
  await expect(page.getByText("Navnet er lagret.")).toBeVisible();
  const tidied = await stored(
    (sql) => sql<{ name: string }[]>`select name from users where name like ${`${marker}%`}`,
  );
  if (tidied) expect(tidied.map((r) => r.name)).toEqual([`${marker} Nordmann`]);
});

test("a join message: Enter gives a space, a bidi isolate is refused and nothing is sent", async ({
  page,
}) => {
  const name = `Melding ${Date.now()}`;
  await loginAsRegisteredMember(page, name);
  await page.goto(`/medlemsgrupper?q=${encodeURIComponent("Sikkerhetsforum")}`);
  const hit = page.getByRole("article", { name: GROUP });
  await hit.getByText("Legg ved en melding (valgfritt)").click();
  const message = hit.getByLabel("Melding til administratorene (valgfritt)");
  await message.fill("Hei");
  await message.press("Enter");
  await message.pressSequentially("der");
  await expect(message).toHaveValue("Hei der");

  await message.fill("Godkjenn \u2067meg\u2069 nå");
  await hit.getByRole("button", { name: "Send forespørsel" }).click();
  await expect(page.getByRole("main")).toContainText("tegn som snur skriveretningen");
  await expect(page.getByRole("article", { name: GROUP })).not.toContainText("venter på svar");
  const requests = await stored(
    (sql) => sql<{ count: number }[]>`
      select count(*)::int as count from join_requests r join users u on u.id = r.user_id
      where u.name = ${name}`,
  );
  if (requests) expect(requests[0]!.count).toBe(0);
});
