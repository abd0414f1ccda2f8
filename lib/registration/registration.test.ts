import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  auditEvents,
  emailCodes,
  emailOutbox,
  memberships,
  userEmails,
  users,
} from "@/lib/db/schema";
import { seedDemoData } from "@/lib/db/seed";
import { setupTestDatabase } from "@/lib/testing/db";
import { createTestUser, latestCodeSentTo } from "@/lib/testing/factories";
import { requestEmailCode } from "./request-code";
import { verifyEmailCode } from "./verify-code";

setupTestDatabase();

let clock = new Date("2026-11-23T09:00:00Z");
function advance(seconds: number) {
  clock = new Date(clock.getTime() + seconds * 1000);
  vi.setSystemTime(clock);
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(clock);
  await seedDemoData();
});
afterEach(() => advance(3600));

function wrongCodeFor(code: string): string {
  return code === "000000" ? "111111" : "000000";
}

async function actions(userId: string) {
  const rows = await getDb()
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.actorUserId, userId));
  return rows.map((r) => r.action);
}

describe("requesting a code", () => {
  it("writes the email to the outbox with the exact subject, the code and its lifetime, and stores the code hashed", async () => {
    const user = await createTestUser();
    await requestEmailCode(user.id, "kari@helse-demo.no", null);
    const [mail] = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "kari@helse-demo.no"));
    expect(mail!.subject).toBe("Bekreft din e-postadresse");
    expect(mail!.text).toMatch(/10 minutter/);
    expect(mail!.html).toContain("<html");
    const code = await latestCodeSentTo("kari@helse-demo.no");
    const [stored] = await getDb().select().from(emailCodes).where(eq(emailCodes.userId, user.id));
    expect(stored!.codeHash).not.toContain(code);
    expect(stored!.expiresAt.getTime() - clock.getTime()).toBe(10 * 60 * 1000);
    expect(await actions(user.id)).toContain("email_code.sent");
  });

  it("enforces a 60-second cooldown and kills the old code when a new one is sent", async () => {
    const user = await createTestUser();
    await requestEmailCode(user.id, "ola@helse-demo.no", null);
    const first = await latestCodeSentTo("ola@helse-demo.no");
    advance(30);
    await expect(requestEmailCode(user.id, "ola@helse-demo.no", null)).rejects.toMatchObject({
      code: "cooldown",
    });
    advance(31);
    const { emailId } = await requestEmailCode(user.id, "ola@helse-demo.no", null);
    const second = await latestCodeSentTo("ola@helse-demo.no");
    if (first !== second) {
      expect(await verifyEmailCode(user.id, emailId, first, null)).toMatchObject({
        ok: false,
        reason: "wrong",
      });
    }
    expect(await verifyEmailCode(user.id, emailId, second, null)).toMatchObject({ ok: true });
  });

  it("allows at most 5 codes per address per hour and 10 per account per hour", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 5; i++) {
      await requestEmailCode(user.id, "flom@helse-demo.no", null);
      advance(61);
    }
    await expect(requestEmailCode(user.id, "flom@helse-demo.no", null)).rejects.toMatchObject({
      code: "address_limit",
    });
    const outbox = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "flom@helse-demo.no"));
    expect(outbox).toHaveLength(5);

    for (let i = 0; i < 5; i++) {
      await requestEmailCode(user.id, `flom${i}@demo-kommune.no`, null);
    }
    await expect(requestEmailCode(user.id, "flom9@demo-kommune.no", null)).rejects.toMatchObject({
      code: "user_limit",
    });
  });

  it("refuses an address another user has confirmed, without saying who", async () => {
    const owner = await createTestUser();
    const { emailId } = await requestEmailCode(owner.id, "delt@helse-demo.no", null);
    await verifyEmailCode(owner.id, emailId, await latestCodeSentTo("delt@helse-demo.no"), null);
    const other = await createTestUser();
    const error = await requestEmailCode(other.id, "delt@helse-demo.no", null).catch((e) => e);
    expect(error).toMatchObject({ code: "email_taken" });
    expect(String(error.message)).not.toContain(owner.name ?? "Test");
  });
});

describe("confirming with the code", () => {
  it("confirms the email, finishes registration and joins Helse Demo HF by domain", async () => {
    const user = await createTestUser({ name: "Kari Nordmann" });
    const { emailId } = await requestEmailCode(user.id, "kari.nordmann@helse-demo.no", null);
    const result = await verifyEmailCode(
      user.id,
      emailId,
      await latestCodeSentTo("kari.nordmann@helse-demo.no"),
      null,
    );
    expect(result).toMatchObject({
      ok: true,
      completedRegistration: true,
      membership: { kind: "joined" },
    });
    if (result.ok && result.membership.kind === "joined")
      expect(result.membership.group.name).toBe("Helse Demo HF");
    const [email] = await getDb().select().from(userEmails).where(eq(userEmails.id, emailId));
    expect(email!.confirmedAt).not.toBeNull();
    expect(email!.isPrimary).toBe(true);
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row!.registeredAt).not.toBeNull();
    const [membership] = await getDb()
      .select()
      .from(memberships)
      .where(eq(memberships.userId, user.id));
    expect(membership).toMatchObject({ source: "domain", sourceEmailId: emailId, role: "member" });
    expect(await actions(user.id)).toEqual(
      expect.arrayContaining(["email.confirmed", "membership.granted"]),
    );
  });

  it("says so when no group has the domain", async () => {
    const user = await createTestUser();
    const { emailId } = await requestEmailCode(user.id, "per@ukjent-sykehus.no", null);
    const result = await verifyEmailCode(
      user.id,
      emailId,
      await latestCodeSentTo("per@ukjent-sykehus.no"),
      null,
    );
    expect(result).toMatchObject({
      ok: true,
      membership: { kind: "no-group", domain: "ukjent-sykehus.no" },
    });
    expect(
      await getDb().select().from(memberships).where(eq(memberships.userId, user.id)),
    ).toHaveLength(0);
  });

  it("refuses a code after ten minutes and changes nothing", async () => {
    const user = await createTestUser();
    const { emailId } = await requestEmailCode(user.id, "sen@helse-demo.no", null);
    const code = await latestCodeSentTo("sen@helse-demo.no");
    advance(10 * 60);
    expect(await verifyEmailCode(user.id, emailId, code, null)).toMatchObject({
      ok: false,
      reason: "expired",
    });
    const [email] = await getDb().select().from(userEmails).where(eq(userEmails.id, emailId));
    expect(email!.confirmedAt).toBeNull();
    await requestEmailCode(user.id, "sen@helse-demo.no", null);
    expect(
      await verifyEmailCode(user.id, emailId, await latestCodeSentTo("sen@helse-demo.no"), null),
    ).toMatchObject({ ok: true });
  });

  it("kills the code after five wrong tries; the right code is then refused too", async () => {
    const user = await createTestUser();
    const { emailId } = await requestEmailCode(user.id, "tast@helse-demo.no", null);
    const code = await latestCodeSentTo("tast@helse-demo.no");
    for (let i = 1; i <= 4; i++) {
      expect(await verifyEmailCode(user.id, emailId, wrongCodeFor(code), null)).toEqual({
        ok: false,
        reason: "wrong",
        remaining: 5 - i,
      });
    }
    expect(await verifyEmailCode(user.id, emailId, wrongCodeFor(code), null)).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await verifyEmailCode(user.id, emailId, code, null)).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await actions(user.id)).toContain("email_code.locked");
  });

  it("is single use and bound to its user", async () => {
    const owner = await createTestUser();
    const { emailId } = await requestEmailCode(owner.id, "eier@helse-demo.no", null);
    const code = await latestCodeSentTo("eier@helse-demo.no");
    const intruder = await createTestUser();
    expect(await verifyEmailCode(intruder.id, emailId, code, null)).toEqual({
      ok: false,
      reason: "unknown-email",
    });
    expect(await verifyEmailCode(owner.id, emailId, code, null)).toMatchObject({ ok: true });
    expect(await verifyEmailCode(owner.id, emailId, code, null)).toEqual({
      ok: false,
      reason: "unknown-email",
    });
    const codes = await getDb()
      .select()
      .from(emailCodes)
      .where(and(eq(emailCodes.emailId, emailId)));
    expect(codes[0]!.usedAt).not.toBeNull();
  });
});
