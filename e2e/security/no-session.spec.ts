import { randomUUID } from "node:crypto";
import { expect, test } from "../fixtures/test";
import { e2eDatabase } from "../fixtures/db";
import { loginAsRegisteredMember } from "../fixtures/webauthn";

async function countRows(
  query: (sql: NonNullable<ReturnType<typeof e2eDatabase>>) => Promise<{ count: number }[]>,
) {
  const sql = e2eDatabase();
  if (!sql) return null;
  try {
    return (await query(sql))[0]!.count;
  } finally {
    await sql.end();
  }
}

test("every route handler without a session answers without doing anything", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const since = new Date(Date.now() - 1000);
  const json = { "content-type": "application/json", origin };
  const sessionsBefore = await countRows((sql) => sql`select count(*)::int as count from sessions`);

  const registration = await request.post("/api/passkeys/registration/options", {
    headers: json,
    data: {},
  });
  expect(registration.status()).toBe(401);
  expect(await registration.json()).toEqual({ error: "unauthenticated" });
  for (const hook of ["idle-session?seconds=60", "age-login", "expire-email-codes"]) {
    expect((await request.post(`/api/test/${hook}`)).status(), hook).toBe(401);
  }
  expect(await (await request.get("/api/okt")).json()).toEqual({ active: false });
  expect(await (await request.post("/api/okt", { headers: { origin } })).json()).toEqual({
    active: false,
  });
  for (const path of [`/varsler/${randomUUID()}`, "/etter-innlogging?til=/profil"]) {
    const answer = await request.get(path, { maxRedirects: 0 });
    // 307 from server.mjs (no cookie at all) or 303 from the handler itself.
    expect([303, 307], path).toContain(answer.status());
    expect(new URL(answer.headers()["location"]!, origin).pathname, path).toBe("/logg-inn");
  }
  const login = await request.post("/api/passkeys/login", {
    headers: json,
    data: { credential: { id: "x" } },
  });
  expect(login.status()).toBe(400);
  const logout = await request.post("/logg-ut", { headers: { origin }, maxRedirects: 0 });
  expect(logout.status()).toBe(303);

  // Nothing was started, and the refused passkey enrolment is in the audit log.
  const sessionsAfter = await countRows((sql) => sql`select count(*)::int as count from sessions`);
  if (sessionsBefore !== null) expect(sessionsAfter).toBeLessThanOrEqual(sessionsBefore);
  const refused = await countRows(
    (sql) => sql`select count(*)::int as count from audit_events
      where action = 'access.refused' and at >= ${since}
        and details->>'attempted' = 'passkeys.registrationOptions'
        and details->>'reason' = 'unauthenticated'`,
  );
  if (refused !== null) expect(refused).toBeGreaterThanOrEqual(1);
});

test("a server action sent after the session has ended goes to the login page and changes nothing", async ({
  page,
}) => {
  const marker = `Uten Økt ${Date.now()}`;
  await loginAsRegisteredMember(page, marker);
  await page.goto("/profil");
  await page.getByLabel("Fullt navn").fill(`${marker} Endret`);
  // The session ends on the server while the form is open (16 minutes idle).
  expect((await page.request.post("/api/test/idle-session?seconds=960")).ok()).toBe(true);
  await page.getByRole("button", { name: "Lagre navn" }).click();
  await expect(page).toHaveURL(/\/logg-inn/);
  const changed = await countRows(
    (sql) => sql`select count(*)::int as count from users where name = ${`${marker} Endret`}`,
  );
  if (changed !== null) expect(changed).toBe(0);
});

test("a server action sent without any session cookie goes to the login page and changes nothing", async ({
  page,
}) => {
  const marker = `Uten Informasjonskapsel ${Date.now()}`;
  await loginAsRegisteredMember(page, marker);
  await page.goto("/profil");
  await page.getByLabel("Fullt navn").fill(`${marker} Endret`);
  // The cookie is gone (cleared by the browser) while the form is open.
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Lagre navn" }).click();
  await expect(page).toHaveURL(/\/logg-inn/);
  const changed = await countRows(
    (sql) => sql`select count(*)::int as count from users where name = ${`${marker} Endret`}`,
  );
  if (changed !== null) expect(changed).toBe(0);
});
