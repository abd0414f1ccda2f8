import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditEvents, passkeys, users } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor } from "@/lib/testing/groups";
import { passkeyAuthenticationOptions, verifyPasskeyLogin } from "./authentication";
import { relyingParty } from "./config";
import { addPasskey, passkeyRegistrationOptions, userHandleOf } from "./registration";
import { SoftAuthenticator } from "./testing/soft-authenticator";
import { isoBase64URL } from "@simplewebauthn/server/helpers";

// Issue 10: WebAuthn §7.2 (userHandle), a challenge used twice, and one audit row per refusal.
setupTestDatabase();

async function newUser(name = "Angrep Testesen") {
  const [row] = await getDb()
    .insert(users)
    .values({ pidHash: randomBytes(12).toString("hex"), name, registeredAt: new Date() })
    .returning({ id: users.id });
  return { id: row!.id, name };
}

async function enrolled() {
  const user = await newUser();
  const rp = relyingParty();
  const device = new SoftAuthenticator({ origin: rp.origin, rpId: rp.id });
  const options = await passkeyRegistrationOptions(user);
  const passkey = await addPasskey(actorFor(user.id), {
    name: "Jobbtelefonen",
    response: device.create(options),
  });
  return { user, device, passkey };
}

/**
 * Each attempt comes from its own address, so its audit rows can be counted apart: a counter,
 * since the file has a database of its own (random addresses collided now and then).
 */
let lastHost = 0;
function origin() {
  lastHost += 1;
  return { ip: `198.51.100.${lastHost}`, userAgent: "angrep" };
}

async function auditRowsFrom(ip: string) {
  return getDb().select().from(auditEvents).where(eq(auditEvents.ip, ip));
}

async function passkeyRow(id: string) {
  const [row] = await getDb().select().from(passkeys).where(eq(passkeys.id, id));
  return row!;
}

describe("discoverable login and the userHandle (WebAuthn §7.2)", () => {
  it("refuses an assertion without userHandle, with one audit row and nothing updated", async () => {
    const { device, passkey } = await enrolled();
    const response = device.get(await passkeyAuthenticationOptions());
    delete (response.response as { userHandle?: string }).userHandle;
    const from = origin();
    expect(await verifyPasskeyLogin(response, from)).toEqual({
      ok: false,
      reason: "user_handle_missing",
    });
    const rows = await auditRowsFrom(from.ip);
    expect(rows.map((r) => [r.action, r.details.reason, r.targetId])).toEqual([
      ["passkey.refused", "user_handle_missing", passkey.id],
    ]);
    const row = await passkeyRow(passkey.id);
    expect(row.counter).toBe(0);
    expect(row.lastUsedAt).toBeNull();
  });

  it("refuses a userHandle that is not the credential owner's", async () => {
    const { device, passkey } = await enrolled();
    const someoneElse = await newUser("Annen Person");
    const response = device.get(await passkeyAuthenticationOptions());
    response.response.userHandle = isoBase64URL.fromBuffer(userHandleOf(someoneElse.id));
    const from = origin();
    expect(await verifyPasskeyLogin(response, from)).toEqual({
      ok: false,
      reason: "user_handle_mismatch",
    });
    expect((await auditRowsFrom(from.ip)).map((r) => r.details.reason)).toEqual([
      "user_handle_mismatch",
    ]);
    expect((await passkeyRow(passkey.id)).lastUsedAt).toBeNull();
  });

  it("accepts the owner's own userHandle", async () => {
    const { user, device } = await enrolled();
    const response = device.get(await passkeyAuthenticationOptions());
    const result = await verifyPasskeyLogin(response, origin());
    expect(result).toMatchObject({ ok: true, userId: user.id });
  });
});

describe("a challenge and a counter", () => {
  it("lets one of two parallel uses of one assertion in, never both", async () => {
    const { device, passkey } = await enrolled();
    const response = device.get(await passkeyAuthenticationOptions());
    const from = origin();
    const results = await Promise.all([
      verifyPasskeyLogin(response, from),
      verifyPasskeyLogin(structuredClone(response), from),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "challenge_invalid" });
    const rows = await auditRowsFrom(from.ip);
    expect(rows.map((r) => r.action).sort()).toEqual(["passkey.refused", "passkey.used"]);
    expect((await passkeyRow(passkey.id)).counter).toBe(1);
  });

  it("refuses a lower counter with one audit row, and keeps the higher counter", async () => {
    const { device, passkey } = await enrolled();
    expect(
      (
        await verifyPasskeyLogin(
          device.get(await passkeyAuthenticationOptions(), { counter: 9 }),
          origin(),
        )
      ).ok,
    ).toBe(true);
    const from = origin();
    const lower = device.get(await passkeyAuthenticationOptions(), { counter: 4 });
    expect(await verifyPasskeyLogin(lower, from)).toEqual({
      ok: false,
      reason: "counter_regressed",
    });
    expect((await auditRowsFrom(from.ip)).map((r) => r.details.reason)).toEqual([
      "counter_regressed",
    ]);
    expect((await passkeyRow(passkey.id)).counter).toBe(9);
  });

  it("refuses an assertion made for a foreign origin, with one audit row", async () => {
    const { device, passkey } = await enrolled();
    const response = device.get(await passkeyAuthenticationOptions(), {
      origin: "https://medlemsportalen.example.net",
    });
    const from = origin();
    expect(await verifyPasskeyLogin(response, from)).toEqual({
      ok: false,
      reason: "verification_failed",
    });
    expect(await auditRowsFrom(from.ip)).toHaveLength(1);
    expect((await passkeyRow(passkey.id)).lastUsedAt).toBeNull();
  });
});
