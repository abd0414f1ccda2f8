import "server-only";
import { and, asc, desc, eq, ilike, inArray, or } from "drizzle-orm";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { memberGroups, memberships, passkeys, userEmails, users } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { t } from "@/lib/i18n";
import { providerName } from "@/lib/passkeys/aaguid";
import { recordSecurityEvent } from "@/lib/security-events/record";
import { endAllSessionsOfUser, listActiveSessions } from "@/lib/sessions/sessions";
import { sessionHandle } from "./user-support";

export const SEARCH_LIMIT = 50;

export type UserRow = {
  id: string;
  name: string | null;
  primaryEmail: string | null;
  role: "member" | "support";
  disabled: boolean;
};

function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Users whose name or any email contains `query` (case-insensitive), at most 50. */
export async function searchUsers(query: string): Promise<UserRow[]> {
  const q = query.trim();
  if (!q) return [];
  const db = getDb();
  const pattern = likePattern(q);
  const matchingEmails = db
    .select({ userId: userEmails.userId })
    .from(userEmails)
    .where(ilike(userEmails.address, pattern));
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      primaryEmail: userEmails.address,
    })
    .from(users)
    // At most one primary email per user (a unique index), so no duplicate rows.
    .leftJoin(userEmails, and(eq(userEmails.userId, users.id), eq(userEmails.isPrimary, true)))
    .where(or(ilike(users.name, pattern), inArray(users.id, matchingEmails)))
    .orderBy(asc(users.name), asc(users.id))
    .limit(SEARCH_LIMIT);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    primaryEmail: r.primaryEmail,
    role: r.role,
    disabled: !!r.disabledAt,
  }));
}

/** Everything support may see about one user; never key material, tokens or the pid. */
export async function getUserDetail(userId: string) {
  const db = getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [emails, groups, keys, sessions] = await Promise.all([
    db
      .select({
        id: userEmails.id,
        address: userEmails.address,
        confirmedAt: userEmails.confirmedAt,
        reconfirmDueAt: userEmails.reconfirmDueAt,
        isPrimary: userEmails.isPrimary,
      })
      .from(userEmails)
      .where(eq(userEmails.userId, userId))
      .orderBy(desc(userEmails.isPrimary), asc(userEmails.address)),
    db
      .select({
        groupId: memberships.groupId,
        name: memberGroups.name,
        role: memberships.role,
        source: memberships.source,
      })
      .from(memberships)
      .innerJoin(memberGroups, eq(memberGroups.id, memberships.groupId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(memberGroups.name)),
    db.select().from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt)),
    listActiveSessions(userId),
  ]);
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    registeredAt: user.registeredAt,
    disabledAt: user.disabledAt,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    emails,
    memberships: groups,
    passkeys: keys.map((k) => ({
      id: k.id,
      name: k.name,
      providerName: providerName(k.aaguid),
      createdAt: k.createdAt,
      lastUsedAt: k.lastUsedAt,
    })),
    sessions: sessions.map((s) => ({
      handle: sessionHandle(s.id),
      method: s.method,
      acr: s.acr,
      authenticatedAt: s.authenticatedAt,
      lastSeenAt: s.lastSeenAt,
    })),
  };
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

/** Disables or enables a user; disabling ends all their sessions in the same transaction. */
export async function setUserDisabled(
  actor: Actor,
  input: { userId: string; disabled: boolean },
): Promise<number> {
  if (input.disabled && actor.userId === input.userId) {
    throw new DomainError("admin_self_disable", t.admin.errors.selfDisable);
  }
  const result = await getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    const [row] = await tx
      .update(users)
      .set({ disabledAt: input.disabled ? now() : null })
      .where(eq(users.id, input.userId))
      .returning({ id: users.id });
    if (!row) throw new DomainError("admin_user_not_found", t.admin.errors.userNotFound);
    const ended = input.disabled ? await endAllSessionsOfUser(input.userId, tx) : 0;
    await recordAudit(
      {
        action: input.disabled ? "admin.user_disabled" : "admin.user_enabled",
        actor,
        targetType: "user",
        targetId: input.userId,
        details: input.disabled ? { sessionsEnded: ended } : {},
      },
      tx,
    );
    // Tell the person only when the state changes (a second click changes nothing for them).
    if (!!before?.disabledAt !== input.disabled) {
      await recordSecurityEvent(tx, {
        userId: input.userId,
        kind: input.disabled ? "account.disabled" : "account.enabled",
        actor,
      });
    }
    return ended;
  });
  scheduleDelivery();
  return result;
}

/** Ends every session of a user (a lost phone, a suspected takeover). */
export async function endUserSessions(actor: Actor, userId: string): Promise<number> {
  return getDb().transaction(async (tx) => {
    const ended = await endAllSessionsOfUser(userId, tx);
    await recordAudit(
      {
        action: "admin.sessions_ended",
        actor,
        targetType: "user",
        targetId: userId,
        details: { count: ended },
      },
      tx,
    );
    return ended;
  });
}
