import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { unseal } from "@/lib/crypto/seal";
import { getDb } from "@/lib/db/client";
import {
  knownBrowsers,
  notices,
  securityEvents,
  sessions,
  userEmails,
  users,
} from "@/lib/db/schema";
import { pendingReconfirmation } from "@/lib/emails/reconfirmation";
import { activeCriticalNotices } from "@/lib/notices/active";
import { createNotifications } from "@/lib/notifications/create";
import { countUnread } from "@/lib/notifications/queries";
import { setupTestDatabase } from "@/lib/testing/db";
import { createTestUser, startTestSession } from "@/lib/testing/factories";
import { actorFor, addMember, auditOf, makeGroup, makeUser } from "@/lib/testing/groups";
import {
  endOtherSessions,
  endSessionsByIdportenSid,
  ID_TOKEN_PURPOSE,
  listActiveSessions,
  readSession,
  sessionIdOf,
  startLoginSession,
  validateSession,
} from "./sessions";

setupTestDatabase();

const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

let clock = new Date("2026-11-23T08:00:00Z");
function advance(seconds: number) {
  clock = new Date(clock.getTime() + seconds * 1000);
  vi.setSystemTime(clock);
}
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(clock);
});

describe("sessions in PostgreSQL", () => {
  it("stores only a hash of the token and a sealed ID token", async () => {
    const user = await createTestUser();
    const token = await startTestSession({
      userId: user.id,
      method: "idporten",
      idToken: "header.pid-payload.sig",
    });
    const [row] = await getDb().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(row!.id).toBe(sessionIdOf(token));
    expect(row!.id).not.toBe(token);
    expect(row!.idToken).not.toContain("pid-payload");
    expect(unseal(ID_TOKEN_PURPOSE, row!.idToken!)).toBe("header.pid-payload.sig");
  });

  it("ends after 15 minutes without activity, and activity keeps it alive", async () => {
    const user = await createTestUser();
    const token = await startTestSession({ userId: user.id, method: "idporten" });
    advance(14 * 60);
    expect(await validateSession(token)).not.toBeNull();
    advance(14 * 60);
    expect(await validateSession(token)).not.toBeNull();
    advance(15 * 60);
    expect(await validateSession(token)).toBeNull();
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(
      0,
    );
  });

  it("ends after 12 hours however active the user is", async () => {
    const user = await createTestUser();
    const token = await startTestSession({ userId: user.id, method: "passkey" });
    for (let i = 0; i < 12 * 6; i++) {
      advance(10 * 60);
      const alive = await validateSession(token);
      if (i < 12 * 6 - 1) expect(alive, `after ${(i + 1) * 10} min`).not.toBeNull();
      else expect(alive).toBeNull();
    }
  });

  it("ends at once when the user is disabled", async () => {
    const user = await createTestUser();
    const token = await startTestSession({ userId: user.id, method: "idporten" });
    await getDb().update(users).set({ disabledAt: clock }).where(eq(users.id, user.id));
    expect(await validateSession(token)).toBeNull();
  });

  it("gives a new id at every login and ends the matching ID-porten session on front-channel logout", async () => {
    const user = await createTestUser();
    const a = await startTestSession({
      userId: user.id,
      method: "idporten",
      idportenIssuer: "https://idp",
      idportenSid: "sid-1",
    });
    const b = await startTestSession({
      userId: user.id,
      method: "idporten",
      idportenIssuer: "https://idp",
      idportenSid: "sid-2",
    });
    expect(a).not.toBe(b);
    const origin = { ip: "192.0.2.1", userAgent: null };
    expect(await endSessionsByIdportenSid("https://other", "sid-1", origin)).toBe(0);
    expect(await endSessionsByIdportenSid("https://idp", "sid-1", origin)).toBe(1);
    expect(await validateSession(a)).toBeNull();
    expect(await validateSession(b)).not.toBeNull();
  });

  it("lists active sessions and can end all others", async () => {
    const user = await createTestUser();
    const keep = await startTestSession({ userId: user.id, method: "idporten" });
    await startTestSession({ userId: user.id, method: "passkey" });
    await startTestSession({ userId: user.id, method: "passkey" });
    expect(await listActiveSessions(user.id)).toHaveLength(3);
    expect(await endOtherSessions(actorFor(user.id), sessionIdOf(keep))).toBe(2);
    const left = await listActiveSessions(user.id);
    expect(left.map((s) => s.id)).toEqual([sessionIdOf(keep)]);
  });

  it("a login ends this browser's earlier session and writes its audit row, for both methods", async () => {
    const user = await createTestUser();
    const first = await startTestSession({ userId: user.id, method: "idporten" });
    const second = await startTestSession({
      userId: user.id,
      method: "passkey",
      previousToken: first,
    });
    expect(await validateSession(first)).toBeNull();
    const third = await startTestSession({
      userId: user.id,
      method: "idporten",
      previousToken: second,
    });
    expect(await validateSession(second)).toBeNull();
    expect(await listActiveSessions(user.id)).toHaveLength(1);
    expect(await validateSession(third)).not.toBeNull();
    const logins = (await auditOf("login.succeeded")).filter((a) => a.actorUserId === user.id);
    expect(logins.map((a) => a.details.method)).toEqual(["idporten", "passkey", "idporten"]);
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row!.lastLoginAt).not.toBeNull();
  });

  it("a login from a known browser writes the same rows as a first one, and a stale one tells once", async () => {
    const user = await createTestUser();
    const origin = { ip: "192.0.2.7", userAgent: FIREFOX_LINUX };
    const login = (previousToken: string | null = null) =>
      startLoginSession({ userId: user.id, method: "passkey", origin, previousToken });
    const rowsOf = async () => ({
      sessions: await getDb().select().from(sessions).where(eq(sessions.userId, user.id)),
      logins: (await auditOf("login.succeeded")).filter((a) => a.actorUserId === user.id),
      browsers: await getDb().select().from(knownBrowsers).where(eq(knownBrowsers.userId, user.id)),
      told: await getDb().select().from(securityEvents).where(eq(securityEvents.userId, user.id)),
    });

    await login(); // a new browser: the full way, which tells
    advance(3600);
    const token = await login(); // known since an hour: one statement
    const after = await rowsOf();
    expect(after.told.map((e) => e.kind)).toEqual(["login.new_browser"]);
    expect(after.sessions).toHaveLength(2);
    const session = after.sessions.find((r) => r.id === sessionIdOf(token))!;
    expect(session).toMatchObject({
      method: "passkey",
      acr: null,
      ip: "192.0.2.7",
      userAgent: FIREFOX_LINUX,
      idToken: null,
    });
    expect(session.authenticatedAt.getTime()).toBe(clock.getTime());
    expect(session.lastSeenAt.getTime()).toBe(clock.getTime());
    expect(session.expiresAt.getTime()).toBe(clock.getTime() + 12 * 3600 * 1000);
    expect(after.logins).toHaveLength(2);
    expect(after.logins[1]).toMatchObject({ ip: "192.0.2.7", details: { method: "passkey" } });
    expect(after.browsers).toHaveLength(1);
    expect(after.browsers[0]!.lastSeenAt.getTime()).toBe(clock.getTime());
    const [row] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(row!.lastLoginAt?.getTime()).toBe(clock.getTime());
    expect(await validateSession(token)).not.toBeNull();

    // Unused for 91 days: the quick way changes nothing, the full way tells once.
    advance(91 * 86_400);
    await login();
    const stale = await rowsOf();
    expect(stale.told.map((e) => e.kind)).toEqual(["login.new_browser", "login.new_browser"]);
    expect(stale.sessions).toHaveLength(3);
    expect(stale.logins).toHaveLength(3);
    expect(stale.browsers).toHaveLength(1);
    expect(stale.browsers[0]!.lastSeenAt.getTime()).toBe(clock.getTime());
  });

  it("reads the page frame with the session: the address due again and the critical notices", async () => {
    const userId = await makeUser("Rita Rammen", "rita@kommune.no");
    const outsider = await makeUser("Olav Utenfor");
    const groupId = await makeGroup("Helse Nord");
    await addMember(userId, groupId);
    const token = await startTestSession({ userId, method: "idporten" });
    const other = await startTestSession({ userId: outsider, method: "idporten" });
    const fresh = await readSession(token);
    expect(fresh?.read).toMatchObject({
      reconfirmation: null,
      criticalNotices: [],
      unreadNotifications: 0,
    });
    expect(fresh?.read.user).toMatchObject({ id: userId, name: "Rita Rammen" });

    const hour = 3_600_000;
    await getDb()
      .update(userEmails)
      .set({ reconfirmDueAt: new Date(clock.getTime() - hour) })
      .where(eq(userEmails.userId, userId));
    await getDb()
      .insert(notices)
      .values([
        { title: "Alle", body: "Nede.", severity: "critical", visibleFrom: clock },
        { title: "Gruppe", body: "VPN.", severity: "critical", groupId, visibleFrom: clock },
        { title: "Info", body: "Bare info.", severity: "info", visibleFrom: clock },
        {
          title: "Senere",
          body: "Ikke ennå.",
          severity: "critical",
          visibleFrom: new Date(clock.getTime() + hour),
        },
      ]);
    advance(60);
    const { read } = (await readSession(token))!;
    expect(read.reconfirmation).toEqual(await pendingReconfirmation(userId));
    expect(read.reconfirmation?.email.address).toBe("rita@kommune.no");
    expect(read.criticalNotices).toEqual(await activeCriticalNotices(userId));
    expect(read.criticalNotices.map((n) => n.title).sort()).toEqual(["Alle", "Gruppe"]);
    await createNotifications(getDb(), [userId], {
      kind: "membership.lapsed",
      params: { groupName: "Helse Nord" },
    });
    expect((await readSession(token))!.read.unreadNotifications).toBe(await countUnread(userId));
    expect(await countUnread(userId)).toBe(1);
    const outside = (await readSession(other))!.read;
    expect(outside.criticalNotices.map((n) => n.title)).toEqual(["Alle"]);
    expect(outside.reconfirmation).toBeNull();
  });
});
