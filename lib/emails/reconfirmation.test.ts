import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { groupDomains, memberships, sessions, userEmails } from "@/lib/db/schema";
import { requestReconfirmationCode, requestEmailCode } from "@/lib/registration/request-code";
import { verifyEmailCode } from "@/lib/registration/verify-code";
import { setupTestDatabase } from "@/lib/testing/db";
import { latestCodeSentTo, startTestSession } from "@/lib/testing/factories";
import {
  actorFor,
  auditOf,
  makeGroup,
  makeUser,
  notificationsOf,
  roleIn,
} from "@/lib/testing/groups";
import { lapseOverdueEmails, pendingReconfirmation, startReconfirmation } from "./reconfirmation";

setupTestDatabase();

const DAY = 86_400_000;
const T0 = new Date("2025-03-03T09:00:00Z");
const day = (n: number) => new Date(T0.getTime() + n * DAY);

afterEach(() => {
  vi.useRealTimers();
});

function at(date: Date) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(date);
}

/** A member of an automatic group through a work address confirmed on day 0. */
async function memberSince() {
  const domain = `rk-${randomBytes(4).toString("hex")}.no`;
  const groupId = await makeGroup("Revisjon HF", "automatic");
  await getDb().insert(groupDomains).values({ groupId, domain });
  at(T0);
  const userId = await makeUser("Rita Revisor");
  const address = `rita@${domain}`;
  const actor = actorFor(userId);
  const sent = await requestEmailCode(actor, address);
  const result = await verifyEmailCode(actor, sent.emailId, await latestCodeSentTo(address));
  expect(result).toMatchObject({ ok: true, membership: { kind: "joined" } });
  return { userId, groupId, address, emailId: sent.emailId, actor };
}

async function emailRow(id: string) {
  const [row] = await getDb().select().from(userEmails).where(eq(userEmails.id, id));
  return row!;
}

describe("yearly re-confirmation of a work address", () => {
  it("is not due on day 364, is due on day 366, and a new code keeps the membership", async () => {
    const { userId, groupId, address, emailId, actor } = await memberSince();

    at(day(364));
    expect(await pendingReconfirmation(userId)).toBeNull();
    // Not due: a confirmed address takes no code.
    expect(await verifyEmailCode(actor, emailId, "123456")).toEqual({
      ok: false,
      reason: "unknown-email",
    });

    at(day(366));
    const due = await pendingReconfirmation(userId);
    expect(due).toMatchObject({ lapsed: false, email: { id: emailId } });
    expect(due!.lapsesAt).toEqual(day(395));
    // Inside the grace period nothing lapses.
    expect(await lapseOverdueEmails()).toBe(0);

    await requestReconfirmationCode(actor, { id: emailId, address });
    const result = await verifyEmailCode(actor, emailId, await latestCodeSentTo(address));
    expect(result).toMatchObject({ ok: true, membership: { kind: "already-member" } });
    expect((await emailRow(emailId)).confirmedAt).toEqual(day(366));
    expect(await pendingReconfirmation(userId)).toBeNull();
    expect(await roleIn(userId, groupId)).toMatchObject({ role: "member", source: "domain" });
    expect((await auditOf("email.reconfirmed")).map((e) => e.targetId)).toContain(emailId);

    // The next year starts from the new confirmation.
    at(day(396));
    expect(await lapseOverdueEmails()).toBe(0);
    expect(await roleIn(userId, groupId)).not.toBeNull();
  });

  it("on day 396 the address lapses: membership and sessions end; confirming restores it", async () => {
    const { userId, groupId, address, emailId, actor } = await memberSince();
    const requested = await makeGroup("Forespurt gruppe", "request");
    await getDb().insert(memberships).values({ userId, groupId: requested, source: "request" });
    await startTestSession({ userId, method: "idporten" });

    at(day(396));
    expect(await lapseOverdueEmails()).toBe(1);
    expect(await roleIn(userId, groupId)).toBeNull();
    // Requested memberships are not touched.
    expect(await roleIn(userId, requested)).toMatchObject({ source: "request" });
    const row = await emailRow(emailId);
    expect(row.confirmedAt).toBeNull();
    expect(row.isPrimary).toBe(false);
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, userId))).toHaveLength(
      0,
    );
    expect((await notificationsOf(userId)).map((n) => n.kind)).toContain("membership.lapsed");
    const [lapsed] = (await auditOf("email.reconfirmation_lapsed")).filter(
      (e) => e.targetId === emailId,
    );
    expect(lapsed).toMatchObject({ actorUserId: null, details: { endedGroups: 1 } });
    expect(await pendingReconfirmation(userId)).toMatchObject({ lapsed: true });
    // Running again changes nothing.
    expect(await lapseOverdueEmails()).toBe(0);

    // Confirming again: the automatic membership is back at once.
    const sent = await requestEmailCode(actor, address);
    const result = await verifyEmailCode(actor, sent.emailId, await latestCodeSentTo(address));
    expect(result).toMatchObject({ ok: true, membership: { kind: "joined" } });
    expect(await roleIn(userId, groupId)).toMatchObject({ source: "domain" });
    expect(await pendingReconfirmation(userId)).toBeNull();
    const again = await emailRow(emailId);
    expect(again).toMatchObject({ isPrimary: true, reconfirmDueAt: null });
  });

  it("a bounce starts the re-confirmation at once; grace runs 30 days from then", async () => {
    const { userId, emailId } = await memberSince();
    at(day(100));
    expect(await startReconfirmation({ ip: null, userAgent: null }, emailId, "bounce")).toBe(true);
    // Already due: not moved again.
    expect(await startReconfirmation({ ip: null, userAgent: null }, emailId, "bounce")).toBe(false);
    expect(await pendingReconfirmation(userId)).toMatchObject({ dueAt: day(100) });
    at(day(129));
    expect(await lapseOverdueEmails()).toBe(0);
    at(day(131));
    expect(await lapseOverdueEmails()).toBe(1);
    const [row] = await getDb()
      .select()
      .from(userEmails)
      .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, userId)));
    expect(row!.confirmedAt).toBeNull();
  });
});
