import type { BrowserContext, Cookie } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { e2eDatabase } from "../fixtures/db";
import { loginAsRegisteredMember } from "../fixtures/webauthn";

/** The session cookie, whatever its prefix (`__Host-` in production). */
async function sessionCookie(context: BrowserContext): Promise<Cookie> {
  const cookie = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(cookie, "a session cookie after login").toBeTruthy();
  return cookie!;
}

/** Sessions of the user that a request could still use: seen in the last 15 minutes. */
async function liveSessionsOf(name: string): Promise<number | null> {
  const sql = e2eDatabase();
  if (!sql) return null;
  try {
    const [row] = await sql<{ count: number }[]>`
      select count(*)::int as count from sessions s join users u on u.id = s.user_id
      where u.name = ${name} and s.last_seen_at > now() - interval '15 minutes'
        and s.expires_at > now()`;
    return row!.count;
  } finally {
    await sql.end();
  }
}

test("a tampered session cookie is no login, and the real session is untouched", async ({
  page,
  browser,
}) => {
  const name = `Tore Tukler ${Date.now()}`;
  await loginAsRegisteredMember(page, name);
  const cookie = await sessionCookie(page.context());
  const middle = Math.floor(cookie.value.length / 2);
  const flipped = cookie.value[middle] === "A" ? "B" : "A";
  const tampered = cookie.value.slice(0, middle) + flipped + cookie.value.slice(middle + 1);

  const attacker = await browser.newContext();
  await attacker.addCookies([{ ...cookie, value: tampered }]);
  const attackerPage = await attacker.newPage();
  await attackerPage.goto("/profil");
  await expect(attackerPage).toHaveURL(/\/logg-inn/);
  const answer = await attackerPage.request.get("/api/okt");
  expect(await answer.json()).toEqual({ active: false });
  await attacker.close();

  // The owner is still logged in: the forgery ended nothing and started nothing.
  await page.goto("/profil");
  await expect(page).toHaveURL(/\/profil$/);
  const live = await liveSessionsOf(name);
  if (live !== null) expect(live).toBe(1);
});

test("a session cookie replayed after the idle timeout is refused and does not wake the session", async ({
  page,
  browser,
}) => {
  const name = `Ida Inaktiv ${Date.now()}`;
  await loginAsRegisteredMember(page, name);
  const cookie = await sessionCookie(page.context());
  // Sixteen minutes without activity on the server.
  expect((await page.request.post("/api/test/idle-session?seconds=960")).ok()).toBe(true);

  const replay = await browser.newContext();
  await replay.addCookies([cookie]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/oversikt");
  await expect(replayPage).toHaveURL(/\/logg-inn/);
  expect(await (await replayPage.request.get("/api/okt")).json()).toEqual({ active: false });
  // "Forbli innlogget" with the old cookie does not bring it back either.
  const keepAlive = await replayPage.request.post("/api/okt");
  expect(await keepAlive.json()).toEqual({ active: false });
  await replay.close();

  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logg-inn/);
  const live = await liveSessionsOf(name);
  if (live !== null) expect(live).toBe(0);
});

test("x-middleware-subrequest does not skip the login check", async ({ request }) => {
  for (const path of ["/oversikt", "/profil", "/admin", "/medlemsgrupper"]) {
    const answer = await request.get(path, {
      maxRedirects: 0,
      headers: {
        "x-middleware-subrequest":
          "middleware:middleware:middleware:middleware:middleware:proxy:proxy:proxy:proxy:proxy",
      },
    });
    expect(answer.status(), path).toBeGreaterThanOrEqual(300);
    expect(answer.status(), path).toBeLessThan(400);
    expect(answer.headers()["location"], path).toMatch(/\/logg-inn/);
  }
  // With a cookie server.mjs lets through, the page itself still refuses a forged session.
  const forged = await request.get("/profil", {
    maxRedirects: 0,
    headers: {
      cookie: "authjs.session-token=forfalsket",
      "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
    },
  });
  expect(forged.status()).toBeGreaterThanOrEqual(300);
  expect(forged.headers()["location"]).toMatch(/\/logg-inn/);
});
