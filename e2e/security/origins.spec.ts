import type { Request } from "@playwright/test";
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { e2eDatabase } from "../fixtures/db";
import { authenticateAtTestId } from "../fixtures/idporten";
import { loginAsRegisteredMember } from "../fixtures/webauthn";

const EVIL = "https://medlemsportalen.example.net";

/** The stored name of the person whose name starts with `marker`. */
async function nameInDatabase(marker: string): Promise<string | null> {
  const sql = e2eDatabase();
  if (!sql) return null;
  try {
    const rows = await sql<{ name: string }[]>`
      select name from users where name like ${`${marker}%`}`;
    return rows[0]?.name ?? null;
  } finally {
    await sql.end();
  }
}

async function refusalsSince(since: Date, reason: string): Promise<number | null> {
  const sql = e2eDatabase();
  if (!sql) return null;
  try {
    const [row] = await sql<{ count: number }[]>`
      select count(*)::int as count from audit_events
      where action = 'access.refused' and at >= ${since} and details->>'reason' = ${reason}`;
    return row!.count;
  } finally {
    await sql.end();
  }
}

test("route handlers refuse a foreign Origin, audit it and change nothing", async ({ baseURL }) => {
  const since = new Date(Date.now() - 1000);
  const api = await playwrightRequest.newContext({ baseURL });
  const json = { "content-type": "application/json", origin: EVIL };
  const answers = {
    loginOptions: await api.post("/api/passkeys/login/options", { headers: json, data: {} }),
    login: await api.post("/api/passkeys/login", { headers: json, data: { credential: {} } }),
    registrationOptions: await api.post("/api/passkeys/registration/options", {
      headers: json,
      data: {},
    }),
    keepAlive: await api.post("/api/okt", { headers: { origin: EVIL } }),
    logout: await api.post("/logg-ut", { headers: { origin: EVIL }, maxRedirects: 0 }),
    language: await api.post("/sprak", {
      headers: { origin: EVIL },
      form: { locale: "en" },
      maxRedirects: 0,
    }),
  };
  for (const [name, answer] of Object.entries(answers)) {
    expect(answer.status(), name).toBe(403);
  }
  await api.dispose();
  const refusals = await refusalsSince(since, "foreign-origin");
  // Each route writes one (capped) row.
  if (refusals !== null) expect(refusals).toBeGreaterThanOrEqual(6);
});

test("a server action replayed with a foreign Origin changes nothing; the same request from the portal does", async ({
  page,
  baseURL,
  consoleGuard,
}) => {
  const marker = `Origo ${Date.now()}`;
  await loginAsRegisteredMember(page, `${marker} Før`);
  await page.goto("/profil");
  // Capture the browser's own server action request without sending it.
  let captured: Request | null = null;
  await page.route("**/profil", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = request;
      await route.abort("aborted");
      return;
    }
    await route.continue();
  });
  // The browser's own request is held back on purpose; the page may report that.
  consoleGuard.allow(/Failed to fetch|ERR_ABORTED|aborted/i);
  await page.getByLabel("Fullt navn").fill(`${marker} Etter`);
  await page.getByRole("button", { name: "Lagre navn" }).click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unroute("**/profil");
  const original = captured as unknown as Request;
  const headers = original.headers();
  const body = original.postDataBuffer()!;

  const state = await page.context().storageState();
  const replay = await playwrightRequest.newContext({ baseURL, storageState: state });
  const send = (origin: string) =>
    replay.post("/profil", {
      headers: {
        "next-action": headers["next-action"]!,
        "content-type": headers["content-type"]!,
        accept: "text/x-component",
        origin,
      },
      data: body,
      maxRedirects: 0,
    });
  const foreign = await send(EVIL);
  expect(foreign.ok()).toBe(false);
  expect(await nameInDatabase(marker)).toMatch(/Før$/);

  const own = await send(new URL(baseURL!).origin);
  expect(own.ok()).toBe(true);
  await expect.poll(() => nameInDatabase(marker)).toMatch(/Etter$/);
  await replay.dispose();
});

test("return paths to other origins are never followed", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Before login: the login page drops a foreign callbackUrl.
  for (const target of [
    EVIL,
    "//medlemsportalen.example.net/x",
    "/\\medlemsportalen.example.net",
  ]) {
    await page.goto(`/logg-inn?callbackUrl=${encodeURIComponent(target)}`);
    await expect(page.locator('input[name="callbackUrl"]')).toHaveCount(0);
  }
  await page.goto(`/logg-inn?callbackUrl=${encodeURIComponent(EVIL)}`);
  await page.getByRole("button", { name: "Fortsett med ID-porten" }).click();
  await authenticateAtTestId(page, "15857520170");
  await expect(page).toHaveURL(new RegExp(`^${origin}/`));

  // After login: the router goes only to local paths.
  for (const target of [
    EVIL,
    "//medlemsportalen.example.net",
    "/\\medlemsportalen.example.net",
    "https:medlemsportalen.example.net",
    "/%2F%2Fmedlemsportalen.example.net",
  ]) {
    const answer = await page.request.get(`/etter-innlogging?til=${encodeURIComponent(target)}`, {
      maxRedirects: 0,
    });
    expect(answer.status(), target).toBe(303);
    const location = new URL(answer.headers()["location"]!, origin);
    expect(location.origin, target).toBe(origin);
  }
  // The passkey login answers with a local redirect only (nothing to log in with here).
  const login = await page.request.post("/api/passkeys/login", {
    headers: { "content-type": "application/json", origin },
    data: { credential: { id: "x" }, callbackUrl: EVIL },
  });
  expect(login.status()).toBe(400);
});
