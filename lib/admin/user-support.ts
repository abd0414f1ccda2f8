import "server-only";
import { fullNameSchema } from "@/lib/registration/profile-name";
import { createHash } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { joinRequests, memberGroups, userEmails, users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { isValidNationalId } from "@/lib/identity/national-id";
import { hashPid } from "@/lib/identity/pid-hash";
import { revokeLiveCodes } from "@/lib/registration/cancel-code";
import { liveCodeSentAt } from "@/lib/registration/code-step";
import { requestEmailCode } from "@/lib/registration/request-code";
import { endSessionOfUser, listActiveSessions } from "@/lib/sessions/sessions";
import { auditEventRows } from "./audit-log";

const e = t.operations.users.errors;

/** A session's name on the support page: not its id (the token's hash), which stays server-side. */
export function sessionHandle(sessionId: string): string {
  return createHash("sha256").update(`admin-handle:${sessionId}`).digest("base64url").slice(0, 22);
}

/** Ends one of a user's sessions, named by its handle, with an audit row. */
export async function endUserSession(actor: Actor, userId: string, handle: string): Promise<void> {
  const session = (await listActiveSessions(userId)).find((s) => sessionHandle(s.id) === handle);
  if (!session) throw new DomainError("session_not_found", e.sessionNotFound);
  await getDb().transaction(async (tx) => {
    if (!(await endSessionOfUser(tx, userId, session.id))) {
      throw new DomainError("session_not_found", e.sessionNotFound);
    }
    await recordAudit(
      {
        action: "admin.session_ended",
        actor,
        targetType: "user",
        targetId: userId,
        details: { method: session.method },
      },
      tx,
    );
  });
}

/** The person-name rule of registration and Min profil (control characters, bidi, spaces). */
export const nameSchema = fullNameSchema;

/** Corrects a user's name (a typo at registration), with the old and new name audited. */
export async function correctUserName(actor: Actor, userId: string, name: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [before] = await tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!before) throw new DomainError("admin_user_not_found", t.admin.errors.userNotFound);
    await tx.update(users).set({ name }).where(eq(users.id, userId));
    await recordAudit(
      {
        action: "admin.user_renamed",
        actor,
        targetType: "user",
        targetId: userId,
        details: { from: before.name, to: name },
      },
      tx,
    );
  });
}

/**
 * Finds a user by national identity number through its keyed hash; the number itself is
 * neither stored nor logged. The lookup is audited (without the number).
 */
export async function findUserByNationalId(actor: Actor, pid: string): Promise<string | null> {
  if (!isValidNationalId(pid)) throw new DomainError("pid_invalid", e.pidInvalid, "pid");
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(eq(users.pidHash, hashPid(pid)));
  await recordAudit({
    action: "admin.user_found_by_pid",
    actor,
    targetType: row ? "user" : undefined,
    targetId: row?.id,
    details: { found: !!row },
  });
  return row?.id ?? null;
}

/** The user's open join requests, oldest first. */
export async function openRequestsOfUser(userId: string) {
  return getDb()
    .select({
      id: joinRequests.id,
      createdAt: joinRequests.createdAt,
      groupName: memberGroups.name,
      groupSlug: memberGroups.slug,
    })
    .from(joinRequests)
    .innerJoin(memberGroups, eq(memberGroups.id, joinRequests.groupId))
    .where(and(eq(joinRequests.userId, userId), eq(joinRequests.status, "pending")))
    .orderBy(asc(joinRequests.createdAt));
}

/** The latest audit events by or about the user. */
export async function recentAuditOfUser(userId: string, limit = 20) {
  return auditEventRows({ userId }, limit);
}

/** The user's unconfirmed addresses, each with whether a code is live now. */
export async function pendingEmailsOfUser(userId: string) {
  const rows = await getDb()
    .select({ id: userEmails.id, address: userEmails.address })
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), isNull(userEmails.confirmedAt)))
    .orderBy(asc(userEmails.address));
  return Promise.all(rows.map(async (r) => ({ ...r, liveSince: await liveCodeSentAt(r.id) })));
}

async function pendingEmail(userId: string, emailId: string) {
  const [email] = await getDb()
    .select({ id: userEmails.id, address: userEmails.address })
    .from(userEmails)
    .where(
      and(
        eq(userEmails.id, emailId),
        eq(userEmails.userId, userId),
        isNull(userEmails.confirmedAt),
      ),
    );
  if (!email) throw new DomainError("email_not_pending", e.emailNotPending);
  return email;
}

/** Support sends a new code for the user's pending address (same limits as the user has). */
export async function resendCodeForUser(
  actor: Actor,
  userId: string,
  emailId: string,
): Promise<void> {
  const email = await pendingEmail(userId, emailId);
  await requestEmailCode({ userId, ip: actor.ip, userAgent: actor.userAgent }, email.address, {
    sentBy: actor,
  });
}

/** Support cancels the live code of a pending address; the user can ask for a new one. */
export async function cancelCodeForUser(
  actor: Actor,
  userId: string,
  emailId: string,
): Promise<void> {
  await pendingEmail(userId, emailId);
  await getDb().transaction(async (tx) => {
    const revoked = await revokeLiveCodes(tx, emailId);
    if (revoked === 0) throw new DomainError("no_live_code", e.noLiveCode);
    await recordAudit(
      {
        action: "admin.email_code_cancelled",
        actor,
        targetType: "email",
        targetId: emailId,
        details: { userId },
      },
      tx,
    );
  });
}
