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
import { seedDemoData } from "@/lib/demo/seed";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor } from "@/lib/testing/groups";
import { createTestUser, latestCodeSentTo } from "@/lib/testing/factories";
import { currentCodeStep, liveCodeSentAt } from "./code-step";
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
    await requestEmailCode(actorFor(user.id), "kari@helse-demo.no");
    const [mail] = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "kari@helse-demo.no"));
    expect(mail!.subject).toBe("Bekreft din e-postadresse");
    expect(mail!.text).toMatch(/gyldig i ti minutter/);
    expect(mail!.html).toContain("<html");
    const code = await latestCodeSentTo("kari@helse-demo.no");
    const [stored] = await getDb().select().from(emailCodes).where(eq(emailCodes.userId, user.id));
    expect(stored!.codeHash).not.toContain(code);
    expect(stored!.expiresAt.getTime() - clock.getTime()).toBe(10 * 60 * 1000);
    expect(await actions(user.id)).toContain("email_code.sent");
  });

  it("enforces a 60-second cooldown and kills the old code when a new one is sent", async () => {
    const user = await createTestUser();
    await requestEmailCode(actorFor(user.id), "ola@helse-demo.no");
    const first = await latestCodeSentTo("ola@helse-demo.no");
    advance(30);
    await expect(requestEmailCode(actorFor(user.id), "ola@helse-demo.no")).rejects.toMatchObject({
      code: "cooldown",
    });
    advance(31);
    const { emailId } = await requestEmailCode(actorFor(user.id), "ola@helse-demo.no");
    const second = await latestCodeSentTo("ola@helse-demo.no");
    if (first !== second) {
      expect(await verifyEmailCode(actorFor(user.id), emailId, first)).toMatchObject({
        ok: false,
        reason: "wrong",
      });
    }
    expect(await verifyEmailCode(actorFor(user.id), emailId, second)).toMatchObject({ ok: true });
  });

  it("allows at most 5 codes per address per hour and 10 per account per hour", async () => {
    const user = await createTestUser();
    for (let i = 0; i < 5; i++) {
      await requestEmailCode(actorFor(user.id), "flom@helse-demo.no");
      advance(61);
    }
    await expect(requestEmailCode(actorFor(user.id), "flom@helse-demo.no")).rejects.toMatchObject({
      code: "address_limit",
    });
    const outbox = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, "flom@helse-demo.no"));
    expect(outbox).toHaveLength(5);

    for (let i = 0; i < 5; i++) {
      await requestEmailCode(actorFor(user.id), `flom${i}@demo-kommune.no`);
    }
    await expect(
      requestEmailCode(actorFor(user.id), "flom9@demo-kommune.no"),
    ).rejects.toMatchObject({
      code: "user_limit",
    });
  });
});

describe("confirming with the code", () => {
  it("confirms the email, finishes registration and joins Helse Demo HF by domain", async () => {
    const user = await createTestUser({ name: "Kari Nordmann" });
    const { emailId } = await requestEmailCode(actorFor(user.id), "kari.nordmann@helse-demo.no");
    const result = await verifyEmailCode(
      actorFor(user.id),
      emailId,
      await latestCodeSentTo("kari.nordmann@helse-demo.no"),
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
    const { emailId } = await requestEmailCode(actorFor(user.id), "per@ukjent-sykehus.no");
    const result = await verifyEmailCode(
      actorFor(user.id),
      emailId,
      await latestCodeSentTo("per@ukjent-sykehus.no"),
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
    const { emailId } = await requestEmailCode(actorFor(user.id), "sen@helse-demo.no");
    const code = await latestCodeSentTo("sen@helse-demo.no");
    advance(10 * 60);
    expect(await verifyEmailCode(actorFor(user.id), emailId, code)).toMatchObject({
      ok: false,
      reason: "expired",
    });
    const [email] = await getDb().select().from(userEmails).where(eq(userEmails.id, emailId));
    expect(email!.confirmedAt).toBeNull();
    await requestEmailCode(actorFor(user.id), "sen@helse-demo.no");
    expect(
      await verifyEmailCode(
        actorFor(user.id),
        emailId,
        await latestCodeSentTo("sen@helse-demo.no"),
      ),
    ).toMatchObject({ ok: true });
  });

  it("kills the code after five wrong tries; the right code is then refused too", async () => {
    const user = await createTestUser();
    const { emailId } = await requestEmailCode(actorFor(user.id), "tast@helse-demo.no");
    const code = await latestCodeSentTo("tast@helse-demo.no");
    for (let i = 1; i <= 4; i++) {
      expect(await verifyEmailCode(actorFor(user.id), emailId, wrongCodeFor(code))).toEqual({
        ok: false,
        reason: "wrong",
        remaining: 5 - i,
      });
    }
    expect(await verifyEmailCode(actorFor(user.id), emailId, wrongCodeFor(code))).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await verifyEmailCode(actorFor(user.id), emailId, code)).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await actions(user.id)).toContain("email_code.locked");
  });

  it("is single use and bound to its user", async () => {
    const owner = await createTestUser();
    const { emailId } = await requestEmailCode(actorFor(owner.id), "eier@helse-demo.no");
    const code = await latestCodeSentTo("eier@helse-demo.no");
    const intruder = await createTestUser();
    // Another person's email id is a forged id: refused (the action wrapper audits it).
    await expect(verifyEmailCode(actorFor(intruder.id), emailId, code)).rejects.toMatchObject({
      code: "forbidden",
      target: { type: "email", id: emailId },
    });
    expect(await verifyEmailCode(actorFor(owner.id), emailId, code)).toMatchObject({ ok: true });
    expect(await verifyEmailCode(actorFor(owner.id), emailId, code)).toEqual({
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

describe("coming back to the code", () => {
  it("keeps a code that still works when `Send kode` is pressed again for the same address", async () => {
    const user = await createTestUser();
    const first = await requestEmailCode(actorFor(user.id), "tilbake@helse-demo.no", {
      keepLiveCode: true,
    });
    expect(first.kept).toBe(false);
    const code = await latestCodeSentTo("tilbake@helse-demo.no");
    advance(5 * 60);
    const again = await requestEmailCode(actorFor(user.id), "tilbake@helse-demo.no", {
      keepLiveCode: true,
    });
    expect(again).toMatchObject({ emailId: first.emailId, kept: true });
    expect(await outboxCount("tilbake@helse-demo.no")).toBe(1);
    expect(await verifyEmailCode(actorFor(user.id), first.emailId, code)).toMatchObject({
      ok: true,
    });
  });

  it("sends a new code when the old one has expired or is locked", async () => {
    const user = await createTestUser();
    const { emailId } = await requestEmailCode(actorFor(user.id), "utlopt@helse-demo.no");
    advance(10 * 60);
    expect(await liveCodeSentAt(emailId)).toBeNull();
    const renewed = await requestEmailCode(actorFor(user.id), "utlopt@helse-demo.no", {
      keepLiveCode: true,
    });
    expect(renewed.kept).toBe(false);
    expect(await outboxCount("utlopt@helse-demo.no")).toBe(2);

    advance(61);
    const code = await latestCodeSentTo("utlopt@helse-demo.no");
    for (let i = 0; i < 5; i++)
      await verifyEmailCode(actorFor(user.id), emailId, wrongCodeFor(code));
    expect(await liveCodeSentAt(emailId)).toBeNull();
    const afterLock = await requestEmailCode(actorFor(user.id), "utlopt@helse-demo.no", {
      keepLiveCode: true,
    });
    expect(afterLock.kept).toBe(false);
    expect(await outboxCount("utlopt@helse-demo.no")).toBe(3);
  });

  it("finds the address that got the newest code, and whether that code still works", async () => {
    const user = await createTestUser();
    expect(await currentCodeStep(user.id)).toBeNull();
    const a = await requestEmailCode(actorFor(user.id), "forst@helse-demo.no");
    advance(61);
    const b = await requestEmailCode(actorFor(user.id), "sa@helse-demo.no");
    expect(await currentCodeStep(user.id)).toMatchObject({
      email: { id: b.emailId },
      liveCode: true,
    });
    // Back to the first address: its row is older, but its code is now the newest.
    advance(61);
    await requestEmailCode(actorFor(user.id), "forst@helse-demo.no");
    expect(await currentCodeStep(user.id)).toMatchObject({
      email: { id: a.emailId },
      liveCode: true,
    });
    advance(10 * 60);
    expect(await currentCodeStep(user.id)).toMatchObject({
      email: { id: a.emailId },
      liveCode: false,
    });
  });
});

async function outboxCount(address: string): Promise<number> {
  const rows = await getDb().select().from(emailOutbox).where(eq(emailOutbox.toAddress, address));
  return rows.length;
}
