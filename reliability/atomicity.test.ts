import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { startIdportenSession } from "@/lib/auth/idporten-login";
import { getDb } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { decideJoinRequest } from "@/lib/groups/decisions";
import { sendJoinRequest } from "@/lib/groups/join-requests";
import { relyingParty } from "@/lib/passkeys/config";
import { addPasskey, passkeyRegistrationOptions } from "@/lib/passkeys/registration";
import { SoftAuthenticator } from "@/lib/passkeys/testing/soft-authenticator";
import { requestEmailCode } from "@/lib/registration/request-code";
import { verifyEmailCode } from "@/lib/registration/verify-code";
import { setupTestDatabase } from "@/lib/testing/db";
import { latestCodeSentTo } from "@/lib/testing/factories";
import { actorFor, addMember, makeGroup, makeUser } from "@/lib/testing/groups";
import { found, tried } from "./support/report";

setupTestDatabase();

const TABLES = [
  "users",
  "sessions",
  "user_emails",
  "email_codes",
  "email_outbox",
  "memberships",
  "join_requests",
  "notifications",
  "passkeys",
  "audit_events",
  "rate_limit_counters",
] as const;

async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const result = await getDb().execute(sql.raw(`select count(*)::int as n from ${table}`));
    counts[table] = (result as unknown as Array<{ n: number }>)[0]?.n ?? 0;
  }
  return counts;
}

/**
 * The database dies at the last step of a change: a trigger answers the insert into `table`
 * with 57P01 (what a restarting server sends). The change must leave no row behind.
 */
async function failingAt(table: "audit_events" | "email_outbox"): Promise<void> {
  await getDb().execute(
    sql.raw(`
      create or replace function reliability_fault() returns trigger language plpgsql as $$
      begin raise exception 'simulated shutdown' using errcode = '57P01'; end $$;
      create trigger reliability_fault before insert on ${table}
        for each row execute function reliability_fault();`),
  );
}

afterEach(async () => {
  for (const table of ["audit_events", "email_outbox"]) {
    await getDb().execute(sql.raw(`drop trigger if exists reliability_fault on ${table}`));
  }
});

async function expectNothingStored(what: string, change: () => Promise<unknown>) {
  const before = await snapshot();
  const error = await change().then(
    () => null,
    (e: unknown) => e,
  );
  const after = await snapshot();
  const changed = TABLES.filter((t) => after[t] !== before[t]);
  found(
    `${what}: ${error ? (isDatabaseUnavailable(error) ? "failed as 'database unavailable'" : "failed") : "did NOT fail"}; tables changed: ${changed.length ? changed.join(", ") : "none"}`,
  );
  expect(isDatabaseUnavailable(error)).toBe(true);
  expect(after).toEqual(before);
}

describe("a change cut off at its last step stores nothing", () => {
  it("first ID-porten login: no user without its session and audit row", async () => {
    tried("a first ID-porten login while the audit insert fails");
    await failingAt("audit_events");
    await expectNothingStored("first login", () =>
      startIdportenSession({
        pid: "10906631003",
        issuer: "http://localhost:4000",
        sid: "sid-1",
        idToken: null,
        origin: { ip: null, userAgent: null },
        previousToken: null,
      }),
    );
  });

  it("asking for a code: no code without its email in the outbox", async () => {
    const userId = await makeUser("Kari Kode");
    tried("a code request while the outbox insert fails");
    await failingAt("email_outbox");
    await expectNothingStored("code request", () =>
      requestEmailCode(actorFor(userId), "kari@atomisk.no"),
    );
  });

  it("confirming a code: no used code, confirmed email or membership without the audit row", async () => {
    const groupId = await makeGroup("Atomisk", "automatic");
    await getDb().execute(
      sql`insert into group_domains (group_id, domain) values (${groupId}, 'atomisk-helse.no')`,
    );
    const userId = await makeUser("Kåre Kode");
    const sent = await requestEmailCode(actorFor(userId), "kare@atomisk-helse.no");
    const code = await latestCodeSentTo("kare@atomisk-helse.no");
    tried("the right code while the audit insert fails");
    await failingAt("audit_events");
    await expectNothingStored("code confirmation", () =>
      verifyEmailCode(actorFor(userId), sent.emailId, code),
    );
  });

  it("a join request: no request without its audit row and the admins' email", async () => {
    const groupId = await makeGroup("Forum", "request");
    const admin = await makeUser("Admin Forum", "admin@forum-atomisk.no");
    await addMember(admin, groupId, "admin");
    const userId = await makeUser("Siri Søker");
    tried("a join request while the outbox insert fails");
    await failingAt("email_outbox");
    await expectNothingStored("join request", () => sendJoinRequest(actorFor(userId), { groupId }));
  });

  it("approving a request: no decision or membership without the notification and audit row", async () => {
    const groupId = await makeGroup("Godkjenning", "request");
    const admin = await makeUser("Admin Godkjenning");
    await addMember(admin, groupId, "admin");
    const userId = await makeUser("Ola Venter");
    const { requestId } = await sendJoinRequest(actorFor(userId), { groupId });
    tried("an approval while the audit insert fails");
    await failingAt("audit_events");
    await expectNothingStored("approval", () =>
      decideJoinRequest(actorFor(admin), requestId, { decision: "approve" }),
    );
  });

  it("adding a passkey: no passkey without its audit row", async () => {
    const userId = await makeUser("Pia Nøkkel");
    const rp = relyingParty();
    const device = new SoftAuthenticator({ origin: rp.origin, rpId: rp.id });
    const options = await passkeyRegistrationOptions({ id: userId, name: "Pia Nøkkel" });
    tried("a passkey enrolment while the audit insert fails");
    await failingAt("audit_events");
    await expectNothingStored("passkey enrolment", () =>
      addPasskey(actorFor(userId), { name: "Mobil", response: device.create(options) }),
    );
  });
});
