import "server-only";
import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { joinRequests, memberGroups, users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { isValidNationalId } from "@/lib/identity/national-id";
import { hashPid } from "@/lib/identity/pid-hash";
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

export const nameSchema = z
  .string()
  .trim()
  .min(2, e.nameRequired)
  .max(200, e.nameTooLong)
  .regex(/^[^<>{}\u0000-\u001f]+$/u, e.nameInvalid);

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
