import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { auditEvents, notices, passkeys, sessions, users } from "@/lib/db/schema";
import { validateSession } from "@/lib/sessions/sessions";
import { setupTestDatabase } from "@/lib/testing/db";
import { createTestUser, startTestSession } from "@/lib/testing/factories";
import { actorFor } from "@/lib/testing/groups";
import { addConfirmedEmail, addPendingEmail } from "@/lib/emails/changes";
import { removePasskey } from "@/lib/passkeys/manage";
import { adminAccess } from "./access";
import { detailsText, listAuditEvents } from "./audit-log";
import { deleteNotice, noticeSchema, publishNotice } from "./notices";
import { endUserSessions, getUserDetail, searchUsers, setUserDisabled } from "./users";

setupTestDatabase();

async function auditFor(action: string, targetId: string) {
  return getDb()
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)));
}

const high = { method: "idporten" as const, acr: "idporten-loa-high" };
const substantial = { method: "idporten" as const, acr: "idporten-loa-substantial" };

describe("admin access check (pages and actions)", () => {
  it("refuses a member even with a phishing-resistant login", () => {
    expect(adminAccess({ user: { role: "member" }, login: high, ip: null, networks: [] })).toEqual({
      ok: false,
      reason: "role",
    });
  });

  it("refuses support staff with a substantial login, accepts high and passkey", () => {
    const user = { role: "support" as const };
    expect(adminAccess({ user, login: substantial, ip: null, networks: [] })).toEqual({
      ok: false,
      reason: "phishing-resistant",
    });
    expect(adminAccess({ user, login: high, ip: null, networks: [] })).toEqual({ ok: true });
    expect(
      adminAccess({ user, login: { method: "passkey", acr: null }, ip: null, networks: [] }),
    ).toEqual({ ok: true });
  });

  it("refuses addresses outside the configured networks", () => {
    const user = { role: "support" as const };
    const networks = ["10.0.0.0/8", "2001:db8::/32"];
    expect(adminAccess({ user, login: high, ip: "192.0.2.1", networks })).toEqual({
      ok: false,
      reason: "network",
    });
    expect(adminAccess({ user, login: high, ip: null, networks })).toEqual({
      ok: false,
      reason: "network",
    });
    expect(adminAccess({ user, login: high, ip: "2001:db8::7", networks })).toEqual({ ok: true });
  });
});

describe("disabling and enabling users", () => {
  it("ends every session at once and writes the audit row", async () => {
    const support = await createTestUser({ role: "support" });
    const member = await createTestUser();
    const first = await startTestSession({ userId: member.id, method: "idporten" });
    const second = await startTestSession({ userId: member.id, method: "passkey" });
    expect(await validateSession(first)).not.toBeNull();

    const ended = await setUserDisabled(actorFor(support.id, "10.0.0.1"), {
      userId: member.id,
      disabled: true,
    });

    expect(ended).toBe(2);
    expect(await validateSession(first)).toBeNull();
    expect(await validateSession(second)).toBeNull();
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, member.id))).toEqual([]);
    const [row] = await getDb().select().from(users).where(eq(users.id, member.id));
    expect(row!.disabledAt).not.toBeNull();
    const audit = await auditFor("admin.user_disabled", member.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(support.id);
    expect(audit[0]!.details).toEqual({ sessionsEnded: 2 });
  });

  it("refuses to let support staff disable themselves", async () => {
    const support = await createTestUser({ role: "support" });
    const token = await startTestSession({ userId: support.id, method: "passkey" });
    await expect(
      setUserDisabled(actorFor(support.id), { userId: support.id, disabled: true }),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await validateSession(token)).not.toBeNull();
    expect(await auditFor("admin.user_disabled", support.id)).toEqual([]);
  });

  it("enables a disabled user again, audited", async () => {
    const support = await createTestUser({ role: "support" });
    const member = await createTestUser({ disabledAt: new Date() });
    await setUserDisabled(actorFor(support.id), { userId: member.id, disabled: false });
    const [row] = await getDb().select().from(users).where(eq(users.id, member.id));
    expect(row!.disabledAt).toBeNull();
    expect(await auditFor("admin.user_enabled", member.id)).toHaveLength(1);
  });
});

describe("sessions, passkeys and search", () => {
  it("ends all sessions of a user, audited with the count", async () => {
    const support = await createTestUser({ role: "support" });
    const member = await createTestUser();
    const token = await startTestSession({ userId: member.id, method: "idporten" });
    expect(await endUserSessions(actorFor(support.id), member.id)).toBe(1);
    expect(await validateSession(token)).toBeNull();
    const [audit] = await auditFor("admin.sessions_ended", member.id);
    expect(audit!.details).toEqual({ count: 1 });
  });

  it("removes only the named user's passkey", async () => {
    const support = await createTestUser({ role: "support" });
    const member = await createTestUser();
    const other = await createTestUser();
    const base = { publicKey: "pk", deviceType: "multiDevice", backedUp: true, name: "Mobil" };
    const [mine] = await getDb()
      .insert(passkeys)
      .values({ ...base, userId: member.id, credentialId: `c-${member.id}` })
      .returning();
    const [theirs] = await getDb()
      .insert(passkeys)
      .values({ ...base, userId: other.id, credentialId: `c-${other.id}` })
      .returning();
    await expect(
      removePasskey(actorFor(support.id), { ownerId: member.id, passkeyId: theirs!.id }),
    ).rejects.toBeInstanceOf(DomainError);
    await removePasskey(actorFor(support.id), { ownerId: member.id, passkeyId: mine!.id });
    expect(await getDb().select().from(passkeys).where(eq(passkeys.userId, member.id))).toEqual([]);
    expect(await getDb().select().from(passkeys).where(eq(passkeys.userId, other.id))).toHaveLength(
      1,
    );
    expect(await auditFor("admin.passkey_removed", mine!.id)).toHaveLength(1);
  });

  it("finds users by name or any email, case-insensitively, and shows their details", async () => {
    const member = await createTestUser({ name: "Kari Nordmann-Søk" });
    await addConfirmedEmail(getDb(), member.id, "kari.sok@example.no");
    await getDb().transaction((tx) => addPendingEmail(tx, member.id, "kari.jobb@example.org"));
    const byName = await searchUsers("nordmann-SØK");
    expect(byName.map((u) => u.id)).toEqual([member.id]);
    expect(byName[0]!.primaryEmail).toBe("kari.sok@example.no");
    expect((await searchUsers("KARI.JOBB@")).map((u) => u.id)).toEqual([member.id]);
    expect(await searchUsers("100%")).toEqual([]);
    const detail = await getUserDetail(member.id);
    expect(detail!.emails.map((e) => e.address)).toEqual([
      "kari.sok@example.no",
      "kari.jobb@example.org",
    ]);
    expect(detail).not.toHaveProperty("pidHash");
  });
});

describe("audit log and notices", () => {
  it("publishes and deletes an operational notice, each with an audit row", async () => {
    const support = await createTestUser({ role: "support" });
    const input = noticeSchema.parse({ title: " Planlagt vedlikehold ", body: "Kl. 22–23." });
    const id = await publishNotice(actorFor(support.id), input);
    const [row] = await getDb().select().from(notices).where(eq(notices.id, id));
    expect(row).toMatchObject({ groupId: null, title: "Planlagt vedlikehold" });
    await deleteNotice(actorFor(support.id), id);
    expect(await getDb().select().from(notices).where(eq(notices.id, id))).toEqual([]);
    expect(await auditFor("admin.notice_published", id)).toHaveLength(1);
    expect(await auditFor("admin.notice_deleted", id)).toHaveLength(1);
    expect(noticeSchema.safeParse({ title: "x".repeat(121), body: "b" }).success).toBe(false);
    expect(noticeSchema.safeParse({ title: "t", body: "x".repeat(2001) }).success).toBe(false);
  });

  it("lists newest first, filters by prefix and user, and pages by id", async () => {
    const support = await createTestUser({ role: "support" });
    const member = await createTestUser();
    for (let i = 0; i < 55; i++) {
      await endUserSessions(actorFor(support.id), member.id);
    }
    const first = await listAuditEvents({ action: "admin.sessions", userId: member.id });
    expect(first.events).toHaveLength(50);
    expect(first.events[0]!.id).toBeGreaterThan(first.events[1]!.id);
    expect(first.olderBefore).toBe(first.events.at(-1)!.id);
    const older = await listAuditEvents({
      action: "admin.sessions",
      userId: member.id,
      before: first.olderBefore!,
    });
    expect(older.events).toHaveLength(5);
    expect(older.olderBefore).toBeNull();
    expect(await listAuditEvents({ action: "nothing.", userId: member.id })).toEqual({
      events: [],
      olderBefore: null,
    });
    expect(detailsText({ count: 1, name: "<b>x</b>" })).toBe("count=1 name=<b>x</b>");
  });
});
