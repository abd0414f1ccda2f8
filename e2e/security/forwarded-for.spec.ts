import type { APIRequestContext } from "@playwright/test";
import { e2eDatabase } from "../fixtures/db";
import { loginWithIdporten } from "../fixtures/idporten";
import { startExtraInstance, type ExtraInstance } from "../fixtures/instance";
import { expect, test } from "../fixtures/test";

const SUPPORT_PID = "01818012337";
const CALLBACK_LIMIT = 600; // RATE_LIMITS.idportenCallbackPerIp
const JSON_BODY = { data: {}, headers: { "content-type": "application/json" } };

async function counterKeys(pattern: string): Promise<string[]> {
  const sql = e2eDatabase()!;
  try {
    const rows = await sql<Array<{ key: string }>>`
      select distinct key from rate_limit_counters where key like ${pattern}`;
    return rows.map((r) => r.key);
  } finally {
    await sql.end();
  }
}

/** Uses up an address's bucket for returns from ID-porten, as a flood from it would have. */
async function exhaustCallbackBucket(address: string) {
  const sql = e2eDatabase()!;
  try {
    await sql`
      insert into rate_limit_counters (key, window_start, count)
      values (${`idporten-callback:ip:${address}`}, now() - interval '5 minutes', ${CALLBACK_LIMIT})`;
  } finally {
    await sql.end();
  }
}

/** A (forged) return from ID-porten: counted per address before Auth.js looks at it. */
function returnFromIdporten(request: APIRequestContext, url: string, forwardedFor?: string) {
  return request.get(`${url}/api/auth/callback/idporten?code=forged&state=forged`, {
    maxRedirects: 0,
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });
}

test.describe("a forged X-Forwarded-For", () => {
  test.skip(!process.env.DATABASE_URL, "needs DATABASE_URL (PostgreSQL) for a second instance");

  // Like production behind a load balancer: this instance trusts the proxy on loopback, and the
  // admin area is open to 203.0.113.0/24 only.
  let behindProxy: ExtraInstance;
  test.beforeAll(async () => {
    behindProxy = (await startExtraInstance({
      TRUSTED_PROXIES: "127.0.0.1/32,::1/128",
      ADMIN_NETWORKS: "203.0.113.0/24",
    }))!;
  });
  test.afterAll(async () => {
    await behindProxy?.stop();
  });

  test("is ignored when the peer is not a trusted proxy: no bucket for the forged address", async ({
    request,
  }) => {
    const forged = "192.0.2.123";
    const response = await returnFromIdporten(request, "", forged);
    expect(response.status()).not.toBe(429);
    expect(await counterKeys(`%:${forged}`)).toEqual([]);

    // Nor can a client send the header server.mjs hands the app: it is replaced.
    const direct = await request.post("/api/passkeys/login/options", {
      ...JSON_BODY,
      headers: { ...JSON_BODY.headers, "x-medlemsportalen-client-address": "192.0.2.124" },
    });
    expect(direct.status()).toBe(200);
    expect(await counterKeys("%:192.0.2.124")).toEqual([]);
  });

  test("does not reset a login rate limit behind a trusted proxy", async ({ request }) => {
    // The client at 198.51.100.77 has used up its bucket.
    const client = "198.51.100.77";
    await exhaustCallbackBucket(client);
    const refused = await returnFromIdporten(request, behindProxy.url, client);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/For mange forsøk på kort tid\. Vent /);

    // It writes another address in front; the proxy appends the real one: still refused.
    for (const forged of ["192.0.2.1", "192.0.2.2", "203.0.113.5"]) {
      const again = await returnFromIdporten(request, behindProxy.url, `${forged}, ${client}`);
      expect(again.status()).toBe(429);
      expect(await counterKeys(`%:${forged}`)).toEqual([]);
    }

    // Another real client behind the same proxy has its own bucket.
    const other = await returnFromIdporten(request, behindProxy.url, "198.51.100.78");
    expect(other.status()).not.toBe(429);
    expect(await counterKeys("idporten-callback:ip:198.51.100.78")).toHaveLength(1);
  });

  test("does not pass ADMIN_NETWORKS", async ({ page }) => {
    await page.goto("/logg-inn");
    await loginWithIdporten(page, SUPPORT_PID, "idporten-loa-high");
    await expect(page).toHaveURL(/\/oversikt$/);
    const request = page.context().request;
    const outside = "198.51.100.9";

    // An address inside the network forged in front of the real one: refused.
    const forged = await request.get(`${behindProxy.url}/admin/brukere`, {
      headers: { "x-forwarded-for": `203.0.113.5, ${outside}` },
      maxRedirects: 0,
    });
    expect(await forged.text()).toContain("Adminområdet kan bare brukes fra godkjente nettverk.");

    // The same login from inside the network (as the proxy reports it): the admin area opens.
    const inside = await request.get(`${behindProxy.url}/admin/brukere`, {
      headers: { "x-forwarded-for": `${outside}, 203.0.113.5` },
      maxRedirects: 0,
    });
    expect(inside.status()).toBe(200);
    const html = await inside.text();
    expect(html).not.toContain("Adminområdet kan bare brukes fra godkjente nettverk.");
    expect(html).toContain('name="q"');
  });
});
