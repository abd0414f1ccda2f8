import { createHmac } from "node:crypto";
import type { Browser, BrowserContext, Cookie } from "@playwright/test";
import { e2eDatabase } from "../fixtures/db";
import { loginWithIdporten } from "../fixtures/idporten";
import { newTestPerson } from "../fixtures/people";
import { expect, test } from "../fixtures/test";

/** Session rows of the person with this national identity number (found by its keyed hash). */
async function sessionRows(pid: string): Promise<number> {
  const sql = e2eDatabase();
  test.skip(!sql, "needs DATABASE_URL to read the session rows");
  const pidHash = createHmac("sha256", process.env.E2E_PID_HMAC_KEY!)
    .update(pid, "utf8")
    .digest("base64url");
  try {
    const [row] = await sql!<Array<{ n: number }>>`
      select count(*)::int as n from sessions s join users u on u.id = s.user_id
      where u.pid_hash = ${pidHash}`;
    return row!.n;
  } finally {
    await sql!.end();
  }
}

async function loggedInAsNewPerson(context: BrowserContext): Promise<string> {
  const pid = newTestPerson();
  const page = await context.newPage();
  await page.goto("/logg-inn");
  await loginWithIdporten(page, pid);
  await expect(page).toHaveURL(/\/registrer$/);
  expect(await sessionRows(pid)).toBe(1);
  return pid;
}

/** The old cookies in a fresh browser: the page behind login must send it to /logg-inn. */
async function expectRefused(browser: Browser, cookies: Cookie[]) {
  const replay = await browser.newContext();
  try {
    await replay.addCookies(cookies);
    const page = await replay.newPage();
    await page.goto("/registrer");
    await expect(page).toHaveURL(/\/logg-inn/);
    const session = await page.request.get("/api/auth/session");
    expect(await session.json()).toBeNull();
  } finally {
    await replay.close();
  }
}

test("after Auth.js's own POST /api/auth/signout the session row is gone and the old cookie is refused", async ({
  context,
  browser,
}) => {
  const pid = await loggedInAsNewPerson(context);
  const cookies = await context.cookies();
  // Over plain http (the journeys) the bare name without Secure; __Host- and Secure over https.
  const sessionCookie = cookies.find((c) => c.name === "authjs.session-token");
  expect(sessionCookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(sessionCookie?.domain).toBe("localhost");

  const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
  const signout = await context.request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(signout.status()).toBeLessThan(400);
  expect(await sessionRows(pid)).toBe(0);
  await expectRefused(browser, cookies);
});

test("after the portal's Logg ut the session row is gone and the old cookie is refused", async ({
  context,
  browser,
}) => {
  const pid = await loggedInAsNewPerson(context);
  const cookies = await context.cookies();
  const page = context.pages()[0]!;
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByRole("link", { name: "Logg inn" })).toBeVisible();
  expect(await sessionRows(pid)).toBe(0);
  await expectRefused(browser, cookies);
});
