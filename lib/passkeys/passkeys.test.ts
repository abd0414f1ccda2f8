import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { auditEvents, passkeys, users } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor } from "@/lib/testing/groups";
import {
  counterRegressed,
  passkeyAuthenticationOptions,
  verifyPasskeyLogin,
} from "./authentication";
import { relyingParty } from "./config";
import { listPasskeys } from "./manage";
import { addPasskey, passkeyRegistrationOptions } from "./registration";
import { SoftAuthenticator, type SoftAuthenticatorOptions } from "./testing/soft-authenticator";

setupTestDatabase();

async function newUser(name = "Test Testesen"): Promise<{ id: string; name: string }> {
  const [row] = await getDb()
    .insert(users)
    .values({ pidHash: randomBytes(12).toString("hex"), name, registeredAt: new Date() })
    .returning({ id: users.id });
  return { id: row!.id, name };
}

function authenticator(options: Partial<SoftAuthenticatorOptions> = {}) {
  const rp = relyingParty();
  return new SoftAuthenticator({ origin: rp.origin, rpId: rp.id, ...options });
}

/** Enrols a new passkey for the user through the real options + verification. */
async function enrol(
  user: { id: string; name: string },
  device = authenticator(),
  name = "Jobbtelefonen",
) {
  const options = await passkeyRegistrationOptions(user);
  const passkey = await addPasskey(actorFor(user.id), { name, response: device.create(options) });
  return { device, passkey };
}

async function login(
  device: SoftAuthenticator,
  override?: Parameters<SoftAuthenticator["get"]>[1],
) {
  const options = await passkeyAuthenticationOptions();
  const response = device.get(options, override);
  return {
    response,
    result: await verifyPasskeyLogin(response, { ip: "203.0.113.9", userAgent: null }),
  };
}

async function audits(action: string, actorUserId?: string) {
  const rows = await getDb().select().from(auditEvents).where(eq(auditEvents.action, action));
  return actorUserId ? rows.filter((r) => r.actorUserId === actorUserId) : rows;
}

async function domainErrorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

let member: { id: string; name: string };

beforeAll(async () => {
  member = await newUser();
});

describe("enrolment", () => {
  it("asks for a discoverable credential with user verification and no attestation", async () => {
    const options = await passkeyRegistrationOptions(member);
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: "required",
      userVerification: "required",
    });
    expect(options.attestation).toBe("none");
    expect(options.rp.id).toBe(relyingParty().id);
  });

  it("saves a verified passkey, audits it, and excludes it next time", async () => {
    const { passkey } = await enrol(
      member,
      authenticator({ aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd", backedUp: true }),
    );
    expect(passkey.userId).toBe(member.id);
    const [view] = (await listPasskeys(member.id)).filter((p) => p.id === passkey.id);
    expect(view).toMatchObject({
      name: "Jobbtelefonen",
      providerName: "iCloud-nøkkelring",
      synced: true,
    });
    expect((await audits("passkey.added", member.id)).map((a) => a.targetId)).toContain(passkey.id);
    const next = await passkeyRegistrationOptions(member);
    expect(next.excludeCredentials?.map((c) => c.id)).toContain(passkey.credentialId);
  });

  it("names a passkey from its provider and the browser's device when no name is given", async () => {
    const user = await newUser();
    const mac = {
      userId: user.id,
      ip: null,
      userAgent:
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    };
    const icloud = { aaguid: "fbfc3007-154e-4ecc-8c0b-6e020557d7bd", backedUp: true };
    for (const expected of ["iCloud-nøkkelring (Mac)", "iCloud-nøkkelring (Mac) 2"]) {
      const options = await passkeyRegistrationOptions(user);
      const passkey = await addPasskey(mac, { response: authenticator(icloud).create(options) });
      expect(passkey.name).toBe(expected);
    }
  });

  it("refuses the same registration response twice (the challenge is used up)", async () => {
    const user = await newUser();
    const options = await passkeyRegistrationOptions(user);
    const response = authenticator().create(options);
    await addPasskey(actorFor(user.id), { name: "Én", response });
    expect(await domainErrorCode(addPasskey(actorFor(user.id), { name: "To", response }))).toBe(
      "challenge_invalid",
    );
  });

  it("refuses a response made for another user's challenge", async () => {
    const [owner, intruder] = [await newUser(), await newUser()];
    const response = authenticator().create(await passkeyRegistrationOptions(owner));
    expect(await domainErrorCode(addPasskey(actorFor(intruder.id), { name: "X", response }))).toBe(
      "challenge_invalid",
    );
  });

  it("refuses a credential id that is already registered, with a friendly error", async () => {
    const [first, second] = [await newUser(), await newUser()];
    const device = authenticator();
    const { passkey } = await enrol(first, device);
    // The same credential is offered again, for someone else.
    const again = device.create(await passkeyRegistrationOptions(second), true);
    expect(again.id).toBe(passkey.credentialId);
    expect(
      await domainErrorCode(addPasskey(actorFor(second.id), { name: "Kopi", response: again })),
    ).toBe("passkey_duplicate");
    const rows = await getDb()
      .select()
      .from(passkeys)
      .where(eq(passkeys.credentialId, passkey.credentialId));
    expect(rows.map((r) => r.userId)).toEqual([first.id]);
  });

  it("refuses a response without user verification", async () => {
    const user = await newUser();
    const response = authenticator({ userVerified: false }).create(
      await passkeyRegistrationOptions(user),
    );
    expect(await domainErrorCode(addPasskey(actorFor(user.id), { name: "X", response }))).toBe(
      "verification_failed",
    );
  });

  it("holds at most 10 passkeys per user, also when two are added at once", async () => {
    const user = await newUser();
    for (let i = 0; i < 9; i++) await enrol(user, authenticator(), `Nøkkel ${i + 1}`);
    // Two browsers both got options while the user had 9.
    const [a, b] = [authenticator(), authenticator()];
    const responses = [
      a.create(await passkeyRegistrationOptions(user)),
      b.create(await passkeyRegistrationOptions(user)),
    ];
    const results = await Promise.allSettled(
      responses.map((response, i) =>
        addPasskey(actorFor(user.id), { name: `Samtidig ${i}`, response }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as DomainError).code).toBe("passkey_limit");
    expect(await listPasskeys(user.id)).toHaveLength(10);
    expect(await domainErrorCode(passkeyRegistrationOptions(user))).toBe("passkey_limit");
  });
});

describe("passkey login", () => {
  it("logs in, updates last used and the counter, and audits the use", async () => {
    const user = await newUser();
    const { device, passkey } = await enrol(user);
    const { result } = await login(device);
    expect(result).toEqual({ ok: true, userId: user.id, passkeyId: passkey.id });
    const [row] = await getDb().select().from(passkeys).where(eq(passkeys.id, passkey.id));
    expect(row!.lastUsedAt).not.toBeNull();
    expect(row!.counter).toBe(1);
    expect((await audits("passkey.used", user.id)).map((a) => a.targetId)).toContain(passkey.id);
  });

  it("refuses a replayed assertion and audits it", async () => {
    const user = await newUser();
    const { device } = await enrol(user);
    const { response, result } = await login(device);
    expect(result.ok).toBe(true);
    expect(await verifyPasskeyLogin(response, { ip: null, userAgent: null })).toEqual({
      ok: false,
      reason: "challenge_invalid",
    });
    const refused = await audits("passkey.refused");
    expect(refused.map((r) => r.details.reason)).toContain("challenge_invalid");
  });

  it("refuses a counter that goes backwards, and audits it against the user", async () => {
    const user = await newUser();
    const { device, passkey } = await enrol(user);
    await login(device, { counter: 7 });
    const { result } = await login(device, { counter: 7 });
    expect(result).toEqual({ ok: false, reason: "counter_regressed" });
    const refused = await audits("passkey.refused", user.id);
    expect(refused.map((r) => [r.targetId, r.details.reason])).toContainEqual([
      passkey.id,
      "counter_regressed",
    ]);
    const [row] = await getDb().select().from(passkeys).where(eq(passkeys.id, passkey.id));
    expect(row!.counter).toBe(7);
  });

  it("accepts authenticators that always report 0", async () => {
    const user = await newUser();
    const { device } = await enrol(user);
    expect((await login(device, { counter: 0 })).result.ok).toBe(true);
    expect((await login(device, { counter: 0 })).result.ok).toBe(true);
    expect(counterRegressed(0, 0)).toBe(false);
    expect(counterRegressed(5, 5)).toBe(true);
    expect(counterRegressed(0, 3)).toBe(false);
    expect(counterRegressed(4, 3)).toBe(true);
  });

  it("refuses an unknown credential", async () => {
    const stranger = authenticator();
    stranger.create(await passkeyRegistrationOptions(await newUser()));
    expect((await login(stranger)).result).toEqual({ ok: false, reason: "unknown_credential" });
  });

  it("refuses a disabled user", async () => {
    const user = await newUser();
    const { device } = await enrol(user);
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect((await login(device)).result).toEqual({ ok: false, reason: "user_disabled" });
    expect((await audits("passkey.refused", user.id)).map((r) => r.details.reason)).toContain(
      "user_disabled",
    );
  });

  it("refuses an assertion made for another origin", async () => {
    const user = await newUser();
    const { device } = await enrol(user);
    const { result } = await login(device, { origin: "https://phishing.example" });
    expect(result).toEqual({ ok: false, reason: "verification_failed" });
  });

  it("refuses an assertion without user verification", async () => {
    const user = await newUser();
    const device = authenticator();
    await enrol(user, device);
    const lax = Object.assign(authenticator({ userVerified: false }), {
      credential: device.credential,
    });
    expect((await login(lax)).result).toEqual({ ok: false, reason: "verification_failed" });
  });

  it("stops working once the passkey is removed", async () => {
    const user = await newUser();
    const { device, passkey } = await enrol(user);
    await getDb()
      .delete(passkeys)
      .where(and(eq(passkeys.id, passkey.id)));
    expect((await login(device)).result).toEqual({ ok: false, reason: "unknown_credential" });
  });
});
