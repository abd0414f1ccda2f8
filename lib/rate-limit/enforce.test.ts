import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { setupTestDatabase } from "@/lib/testing/db";
import { consumeLimits, rateLimitedMessage, rateLimitedResponse } from "./enforce";
import { RATE_LIMITS, type ScopedRateLimitPolicy } from "./policies";

setupTestDatabase();

const perAddress: ScopedRateLimitPolicy = {
  name: "t-address",
  limit: 2,
  windowSeconds: 600,
  per: "address",
};
const perAccount: ScopedRateLimitPolicy = {
  name: "t-account",
  limit: 3,
  windowSeconds: 600,
  per: "account",
};

async function counterKeys(): Promise<string[]> {
  const rows = await getDb().execute<{ key: string }>(
    sql`select distinct key from rate_limit_counters order by key`,
  );
  return (Array.isArray(rows) ? rows : (rows as { rows: { key: string }[] }).rows).map(
    (r) => r.key,
  );
}

describe("named rate limits", () => {
  it("count per address and per account, and say how long to wait", async () => {
    const caller = { ip: "198.51.100.7", userId: "u1" };
    expect(await consumeLimits([perAddress, perAccount], caller)).toEqual({ allowed: true });
    expect(await consumeLimits([perAddress, perAccount], caller)).toEqual({ allowed: true });
    const refused = await consumeLimits([perAddress, perAccount], caller);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
    }
    // Another address is another bucket; the account's own bucket has one use left.
    expect(
      await consumeLimits([perAddress, perAccount], { ip: "198.51.100.8", userId: "u1" }),
    ).toEqual({ allowed: true });
    expect(
      (await consumeLimits([perAddress, perAccount], { ip: "198.51.100.9", userId: "u1" })).allowed,
    ).toBe(false);
    expect(await counterKeys()).toEqual([
      "t-account:u1",
      "t-address:198.51.100.7",
      "t-address:198.51.100.8",
      "t-address:198.51.100.9",
    ]);
  });

  it("refuse an unknown address instead of putting everybody in one bucket", async () => {
    const before = await counterKeys();
    const outcome = await consumeLimits([perAddress], { ip: null });
    expect(outcome.allowed).toBe(false);
    expect(await counterKeys()).toEqual(before);
  });

  it("answer 429 with Retry-After and a Norwegian message with the wait", async () => {
    expect(rateLimitedMessage(61)).toBe(
      "For mange forsøk på kort tid. Vent to minutter og prøv igjen.",
    );
    expect(rateLimitedMessage(30)).toContain("30 sekunder");
    const json = rateLimitedResponse(120, "json");
    expect(json.status).toBe(429);
    expect(json.headers.get("retry-after")).toBe("120");
    expect(await json.json()).toMatchObject({ error: "rate_limited", retryAfterSeconds: 120 });
    const html = rateLimitedResponse(120, "html");
    expect(html.status).toBe(429);
    expect(await html.text()).toContain("Vent to minutter");
  });

  it("name every limit the issue lists, per address and per account", () => {
    const scoped = Object.values(RATE_LIMITS).filter((p) => "per" in p);
    const names = scoped.map((p) => p.name);
    for (const name of [
      "idporten-callback:ip",
      "passkey-login:ip",
      "email-code:ip",
      "email-code:user",
      "code-attempt:ip",
      "code-attempt:user",
      "join-request:ip",
      "join-request:user",
      "admin-search:ip",
      "admin-search:user",
    ]) {
      expect(names).toContain(name);
    }
  });
});
