import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditEvents, passkeys, sessions, users } from "@/lib/db/schema";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address.mjs";
import { passkeyAuthenticationOptions } from "@/lib/passkeys/authentication";
import { relyingParty } from "@/lib/passkeys/config";
import { addPasskey, passkeyRegistrationOptions } from "@/lib/passkeys/registration";
import { SoftAuthenticator } from "@/lib/passkeys/testing/soft-authenticator";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor } from "@/lib/testing/groups";
import { sessionCookieName } from "./cookies";
import { loginWithPasskey } from "./passkey-login";

setupTestDatabase();

const hash = (token: string) => createHash("sha256").update(token).digest("base64url");

async function memberWithPasskey() {
  const name = "Passkey Personsen";
  const [user] = await getDb()
    .insert(users)
    .values({ pidHash: randomBytes(12).toString("hex"), name, registeredAt: new Date() })
    .returning({ id: users.id });
  const rp = relyingParty();
  const device = new SoftAuthenticator({ origin: rp.origin, rpId: rp.id });
  const options = await passkeyRegistrationOptions({ id: user!.id, name });
  await addPasskey(actorFor(user!.id), { name: "Jobb-PC", response: device.create(options) });
  return { userId: user!.id, device };
}

function headers(ip: string, cookie?: string) {
  const h = new Headers({ [CLIENT_ADDRESS_HEADER]: ip, "user-agent": "Vitest" });
  if (cookie) h.set("cookie", `${sessionCookieName()}=${cookie}`);
  return h;
}

async function sessionsOf(userId: string) {
  return getDb().select().from(sessions).where(eq(sessions.userId, userId));
}

describe("loginWithPasskey", () => {
  it("starts a session and gives its token as the session cookie, HttpOnly and Lax", async () => {
    const { userId, device } = await memberWithPasskey();
    const assertion = device.get(await passkeyAuthenticationOptions());
    const outcome = await loginWithPasskey(assertion, headers("198.51.100.21"));
    expect(outcome.ok).toBe(true);
    const { cookie } = outcome as Extract<typeof outcome, { ok: true }>;
    expect(cookie.name).toBe(sessionCookieName());
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    const lifetime = cookie.options.expires.getTime() - Date.now();
    expect(lifetime).toBeGreaterThan((SESSION_POLICY.absoluteSeconds - 60) * 1000);
    expect(lifetime).toBeLessThanOrEqual(SESSION_POLICY.absoluteSeconds * 1000);
    const rows = await sessionsOf(userId);
    expect(rows.map((r) => [r.id, r.method, r.ip])).toEqual([
      [hash(cookie.value), "passkey", "198.51.100.21"],
    ]);
    const audited = await getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, userId));
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(["passkey.used", "login.succeeded"]),
    );
  });

  it("ends the session the browser had before (a step-up leaves nothing behind)", async () => {
    const { userId, device } = await memberWithPasskey();
    const first = await loginWithPasskey(
      device.get(await passkeyAuthenticationOptions()),
      headers("198.51.100.22"),
    );
    const before = (first as Extract<typeof first, { ok: true }>).cookie.value;
    const second = await loginWithPasskey(
      device.get(await passkeyAuthenticationOptions()),
      headers("198.51.100.22", before),
    );
    const after = (second as Extract<typeof second, { ok: true }>).cookie.value;
    expect((await sessionsOf(userId)).map((r) => r.id)).toEqual([hash(after)]);
  });

  it("refuses a replayed assertion and starts no session", async () => {
    const { userId, device } = await memberWithPasskey();
    const assertion = device.get(await passkeyAuthenticationOptions());
    expect((await loginWithPasskey(assertion, headers("198.51.100.23"))).ok).toBe(true);
    expect(await loginWithPasskey(assertion, headers("198.51.100.23"))).toEqual({
      ok: false,
      reason: "challenge_invalid",
    });
    expect(await sessionsOf(userId)).toHaveLength(1);
  });

  it("refuses a counter that did not move forward, from a known browser too, and starts nothing", async () => {
    const { userId, device } = await memberWithPasskey();
    // The first login makes this browser known; the next would take the one-statement way.
    const first = await loginWithPasskey(
      device.get(await passkeyAuthenticationOptions()),
      headers("198.51.100.24"),
    );
    expect(first.ok).toBe(true);
    // A clone of the authenticator has been used elsewhere: the stored counter is ahead.
    await getDb().update(passkeys).set({ counter: 1000 }).where(eq(passkeys.userId, userId));
    const lastLogin = (await getDb().select().from(users).where(eq(users.id, userId)))[0]!
      .lastLoginAt;
    expect(
      await loginWithPasskey(
        device.get(await passkeyAuthenticationOptions()),
        headers("198.51.100.24"),
      ),
    ).toEqual({ ok: false, reason: "counter_regressed" });
    expect(await sessionsOf(userId)).toHaveLength(1);
    const [after] = await getDb().select().from(users).where(eq(users.id, userId));
    expect(after!.lastLoginAt).toEqual(lastLogin);
    const [stored] = await getDb().select().from(passkeys).where(eq(passkeys.userId, userId));
    expect(stored!.counter).toBe(1000);
    const audited = await getDb()
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, userId));
    expect(audited.filter((a) => a.action === "login.succeeded")).toHaveLength(1);
    expect(audited.filter((a) => a.action === "passkey.used")).toHaveLength(1);
    expect(audited.filter((a) => a.action === "passkey.refused")).toEqual([
      { action: "passkey.refused", details: { reason: "counter_regressed" } },
    ]);
  });

  it("refuses a login from an unknown address (no shared bucket) and starts no session", async () => {
    const { userId, device } = await memberWithPasskey();
    const assertion = device.get(await passkeyAuthenticationOptions());
    expect(await loginWithPasskey(assertion, new Headers())).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect(await sessionsOf(userId)).toHaveLength(0);
  });
});
