import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import {
  auditEvents,
  emailCodes,
  emailOutbox,
  groupDomains,
  joinRequests,
  memberships,
  notifications,
  sessions,
  userEmails,
} from "@/lib/db/schema";
import { addDomain } from "@/lib/admin/domains";
import { decideJoinRequest } from "@/lib/groups/decisions";
import { t } from "@/lib/i18n";
import { sendJoinRequest } from "@/lib/groups/join-requests";
import { passkeyAuthenticationOptions, verifyPasskeyLogin } from "@/lib/passkeys/authentication";
import { relyingParty } from "@/lib/passkeys/config";
import { addPasskey, passkeyRegistrationOptions } from "@/lib/passkeys/registration";
import { SoftAuthenticator } from "@/lib/passkeys/testing/soft-authenticator";
import { CODE_POLICY } from "@/lib/registration/policy";
import { requestEmailCode } from "@/lib/registration/request-code";
import { verifyEmailCode } from "@/lib/registration/verify-code";
import { setupTestDatabase } from "@/lib/testing/db";
import { latestCodeSentTo, startTestSession } from "@/lib/testing/factories";
import { actorFor, addMember, makeGroup, makeUser } from "@/lib/testing/groups";
import { found, tried } from "./support/report";

// Many callers queue for the pool at once here; a long wait is fine, a lost call is not.
process.env.DATABASE_POOL_TIMEOUT_MS = "60000";
setupTestDatabase();

/** Runs `n` calls at the same moment and sorts what came back. */
async function together<T>(n: number, call: (i: number) => Promise<T>) {
  const settled = await Promise.allSettled(Array.from({ length: n }, (_, i) => call(i)));
  const values = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const errors = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as unknown] : []));
  const tally: Record<string, number> = {};
  for (const s of settled) {
    const key =
      s.status === "fulfilled"
        ? `ok${typeof s.value === "object" && s.value && "reason" in s.value ? `:${String(s.value.reason)}` : ""}`
        : s.reason instanceof DomainError
          ? `refused:${s.reason.code}`
          : `ERROR:${(s.reason as Error).message}`;
    tally[key] = (tally[key] ?? 0) + 1;
  }
  return { values, errors, tally };
}

async function auditCount(action: string, targetId?: string): Promise<number> {
  const rows = await getDb()
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      targetId
        ? and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId))
        : eq(auditEvents.action, action),
    );
  return rows.length;
}

/** A person with a name, an address on a domain that joins a group, and a fresh code. */
async function personWithCode(label: string) {
  const groupId = await makeGroup(`Gruppe ${label}`, "automatic");
  const domain = `${label}-${crypto.randomUUID().slice(0, 8)}.no`;
  await getDb().insert(groupDomains).values({ groupId, domain });
  const userId = await makeUser(`Person ${label}`);
  const address = `person@${domain}`;
  const sent = await requestEmailCode(actorFor(userId), address);
  return { userId, groupId, emailId: sent.emailId, code: await latestCodeSentTo(address) };
}

describe("concurrency on PostgreSQL", () => {
  it("100 parallel checks of one right code: exactly one succeeds", async () => {
    const person = await personWithCode("riktig");
    tried("100 verifyEmailCode calls with the right code at the same moment");
    const { values, errors, tally } = await together(100, () =>
      verifyEmailCode(actorFor(person.userId), person.emailId, person.code),
    );
    const [code] = await getDb()
      .select()
      .from(emailCodes)
      .where(eq(emailCodes.emailId, person.emailId));
    const groupsJoined = await getDb()
      .select()
      .from(memberships)
      .where(eq(memberships.userId, person.userId));
    found(
      `${JSON.stringify(tally)}; code used: ${!!code?.usedAt}; memberships ${groupsJoined.length}; email.confirmed audits ${await auditCount("email.confirmed", person.emailId)}`,
    );
    expect(errors).toHaveLength(0);
    expect(values.filter((v) => v.ok)).toHaveLength(1);
    expect(code?.usedAt).not.toBeNull();
    expect(groupsJoined).toHaveLength(1);
    expect(await auditCount("email.confirmed", person.emailId)).toBe(1);
    expect(await auditCount("membership.granted", person.groupId)).toBe(1);
  });

  it("100 parallel wrong guesses: the code dies after five, and no more than five are counted", async () => {
    const person = await personWithCode("gjett");
    const wrong = person.code === "000000" ? "111111" : "000000";
    tried("100 verifyEmailCode calls with a wrong code at the same moment, then the right code");
    const { values, errors, tally } = await together(100, () =>
      verifyEmailCode(actorFor(person.userId), person.emailId, wrong),
    );
    const [code] = await getDb()
      .select()
      .from(emailCodes)
      .where(eq(emailCodes.emailId, person.emailId));
    // An hour on, past the account's hourly cap on guesses: the code itself is dead.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() + 3601_000));
    const afterwards = await verifyEmailCode(actorFor(person.userId), person.emailId, person.code);
    vi.useRealTimers();
    const [email] = await getDb()
      .select()
      .from(userEmails)
      .where(eq(userEmails.id, person.emailId));
    found(
      `${JSON.stringify(tally)}; failed attempts stored: ${code?.failedAttempts}; the right code afterwards: ${JSON.stringify(afterwards)}; email confirmed: ${!!email?.confirmedAt}`,
    );
    expect(errors).toHaveLength(0);
    expect(values.filter((v) => v.ok)).toHaveLength(0);
    expect(code?.failedAttempts).toBe(CODE_POLICY.maxFailedAttempts);
    expect(values.filter((v) => !v.ok && v.reason === "wrong")).toHaveLength(
      CODE_POLICY.maxFailedAttempts - 1,
    );
    expect(afterwards).toEqual({ ok: false, reason: "locked" });
    expect(email?.confirmedAt).toBeNull();
  });

  it("50 parallel approvals and rejections of one request: one decision, one audit row, one notification", async () => {
    const groupId = await makeGroup("Avgjørelser", "request");
    const admins = [await makeUser("Admin En"), await makeUser("Admin To")];
    for (const admin of admins) await addMember(admin, groupId, "admin");
    const requester = await makeUser("Søker Samtidig", `${crypto.randomUUID()}@ukjent.no`);
    const { requestId } = await sendJoinRequest(actorFor(requester), { groupId });
    tried("25 approvals and 25 rejections of one join request by two admins at the same moment");
    const { values, errors, tally } = await together(50, (i) =>
      decideJoinRequest(
        actorFor(admins[i % 2]!),
        requestId,
        i % 2 ? { decision: "approve" } : { decision: "reject", reason: "Nei" },
      ),
    );
    const [request] = await getDb()
      .select()
      .from(joinRequests)
      .where(eq(joinRequests.id, requestId));
    const decided =
      (await auditCount("join_request.approved", requestId)) +
      (await auditCount("join_request.rejected", requestId));
    const member = await getDb()
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, requester), eq(memberships.groupId, groupId)));
    const told = await getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.userId, requester));
    found(
      `${JSON.stringify(tally)}; request ${request?.status}; decision audits ${decided}; notifications ${told.length}; membership rows ${member.length}`,
    );
    expect(values).toHaveLength(1);
    expect(errors.every((e) => e instanceof DomainError && e.code === "alreadyDecided")).toBe(true);
    expect(decided).toBe(1);
    expect(told).toHaveLength(1);
    expect(member).toHaveLength(request?.status === "approved" ? 1 : 0);
  });

  it("50 parallel join requests for one group by one person: one row", async () => {
    const groupId = await makeGroup("Forespørsler", "request");
    const admin = await makeUser("Admin Varsel", `${crypto.randomUUID()}@gruppe.no`);
    await addMember(admin, groupId, "admin");
    const person = await makeUser("Ivrig Søker", `${crypto.randomUUID()}@ukjent.no`);
    tried("50 sendJoinRequest calls by one person for one group at the same moment");
    const { values, errors, tally } = await together(50, () =>
      sendJoinRequest(actorFor(person), { groupId, message: "Hei" }),
    );
    const rows = await getDb()
      .select()
      .from(joinRequests)
      .where(and(eq(joinRequests.userId, person), eq(joinRequests.groupId, groupId)));
    const alerts = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.subject, `Ny forespørsel om medlemskap i Forespørsler`));
    found(
      `${JSON.stringify(tally)}; rows ${rows.length}; join_request.sent audits ${await auditCount("join_request.sent", rows[0]?.id)}; admin emails ${alerts.length}`,
    );
    expect(values).toHaveLength(1);
    expect(errors.every((e) => e instanceof DomainError)).toBe(true);
    expect(rows).toHaveLength(1);
    expect(await auditCount("join_request.sent", rows[0]!.id)).toBe(1);
    expect(alerts.length).toBeLessThanOrEqual(1);
  });

  it("20 parallel passkey logins with one challenge: one login, one session", async () => {
    const userId = await makeUser("Pål Passnøkkel");
    const rp = relyingParty();
    const device = new SoftAuthenticator({ origin: rp.origin, rpId: rp.id });
    const options = await passkeyRegistrationOptions({ id: userId, name: "Pål Passnøkkel" });
    await addPasskey(actorFor(userId), { name: "Mobil", response: device.create(options) });
    const login = await passkeyAuthenticationOptions();
    // Twenty signed assertions over the one challenge (twenty tabs, or a replay).
    const assertions = Array.from({ length: 20 }, () => device.get(login));
    tried("20 passkey logins, each with its own signature over the same challenge, at once");
    const { values, errors, tally } = await together(20, async (i) => {
      const result = await verifyPasskeyLogin(assertions[i]!, {
        ip: "203.0.113.7",
        userAgent: null,
      });
      // As the login route does: a session only for a verified login.
      if (result.ok) await startTestSession({ userId: result.userId, method: "passkey" });
      return result;
    });
    const started = await getDb().select().from(sessions).where(eq(sessions.userId, userId));
    found(
      `${JSON.stringify(tally)}; sessions ${started.length}; passkey.used audits ${await auditCount("passkey.used")}`,
    );
    expect(errors).toHaveLength(0);
    expect(values.filter((v) => v.ok)).toHaveLength(1);
    expect(
      values.filter((v) => !v.ok).every((v) => !v.ok && v.reason === "challenge_invalid"),
    ).toBe(true);
    expect(started).toHaveLength(1);
  });

  it("two support users add the same domain to two groups at once: one wins, the other gets a clear message", async () => {
    const groups = [await makeGroup("Domene En"), await makeGroup("Domene To")];
    const support = [await makeUser("Siri Support"), await makeUser("Sven Support")];
    const domain = `felles-${crypto.randomUUID().slice(0, 8)}.no`;
    tried(`two support users add ${domain} to two different groups at the same moment`);
    const { values, errors } = await together(2, (i) =>
      addDomain(actorFor(support[i]!), groups[i]!, { domain, includeSubdomains: false }),
    );
    const rows = await getDb().select().from(groupDomains).where(eq(groupDomains.domain, domain));
    const messages = errors.map((e) => (e instanceof DomainError ? e.message : String(e)));
    found(
      `${values.length} saved, refused with: ${JSON.stringify(messages)}; rows for the domain: ${rows.length}`,
    );
    expect(values).toHaveLength(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(DomainError);
    expect(messages[0]).toBe(t.register.domains.errors.taken);
    expect(rows).toHaveLength(1);
  });
});
