import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Actor, RequestOrigin } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { userEmails, users } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { releaseMembershipsOfEmail } from "@/lib/membership/auto";
import { createNotifications } from "@/lib/notifications/create";
import { endAllSessionsOfUser } from "@/lib/sessions/sessions";
import { lapseEmailConfirmation, moveReconfirmationForward } from "./changes";
import { otherConfirmedEmails } from "./queries";
import {
  RECONFIRM_PATH,
  RECONFIRM_POLICY,
  reconfirmDueAt,
  reconfirmLapsesAt,
} from "./reconfirm-policy";
import {
  awaitingReconfirmation,
  reconfirmationOf,
  reconfirmDueSql,
  type Reconfirmation,
} from "./reconfirm-query";

/**
 * The yearly re-confirmation of work addresses (issue 14): a year after an address was
 * confirmed the next login asks for a new code; after 30 days of grace the address lapses,
 * the memberships its domain gave end, and confirming it again restores them.
 */

export type { Reconfirmation } from "./reconfirm-query";

const dueSql = reconfirmDueSql;

/** The person's address that needs confirming again (the earliest), or null. */
export async function pendingReconfirmation(
  userId: string,
  at: Date = now(),
  db: DbOrTx = getDb(),
): Promise<Reconfirmation | null> {
  const [email] = await db
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), awaitingReconfirmation(at)))
    .orderBy(dueSql)
    .limit(1);
  return email ? reconfirmationOf(email) : null;
}

/**
 * Starts an address's re-confirmation now (a hard bounce or complaint, or support asking):
 * the grace period starts today. Returns false when it was due already or is unconfirmed.
 */
export async function startReconfirmation(
  actor: Actor | RequestOrigin,
  emailId: string,
  reason: "bounce" | "complaint" | "support",
  db: DbOrTx = getDb(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const moved = await moveReconfirmationForward(tx, emailId, now());
    if (moved) {
      await recordAudit(
        {
          action: "email.reconfirmation_started",
          actor,
          targetType: "email",
          targetId: emailId,
          details: { reason },
        },
        tx,
      );
    }
    return moved;
  });
}

const SYSTEM: RequestOrigin = { ip: null, userAgent: null };

/**
 * Lapses every address whose grace period has ended: its automatic memberships end (with a
 * notification), it is unconfirmed, the person's sessions end (so every service signed in
 * through the portal is logged out too), all audited. One transaction per address.
 * Returns how many lapsed. Run by housekeeping.
 */
export async function lapseOverdueEmails(at: Date = now()): Promise<number> {
  const graceSql = sql`${dueSql} + ${`${RECONFIRM_POLICY.graceDays} days`}::interval`;
  const overdue = await getDb()
    .select({ id: userEmails.id, userId: userEmails.userId })
    .from(userEmails)
    .where(and(isNotNull(userEmails.confirmedAt), sql`${graceSql} <= ${at.toISOString()}`));
  let lapsed = 0;
  for (const { id, userId } of overdue) {
    const done = await getDb().transaction(async (tx) => {
      await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
      const [email] = await tx.select().from(userEmails).where(eq(userEmails.id, id)).for("update");
      const dueAt = email?.confirmedAt ? reconfirmDueAt(email) : null;
      if (!email || !dueAt || reconfirmLapsesAt(dueAt) > at) return false;
      const others = await otherConfirmedEmails(tx, userId, id);
      const member: Actor = { userId, ip: null, userAgent: null };
      const ended = await releaseMembershipsOfEmail(tx, member, id, others, {
        reason: "reconfirmation_lapsed",
        auditActor: SYSTEM,
      });
      await lapseEmailConfirmation(tx, email, dueAt, others);
      for (const group of ended) {
        await createNotifications(tx, [userId], {
          kind: "membership.lapsed",
          params: { groupName: group.name },
          href: RECONFIRM_PATH,
        });
      }
      const sessionsEnded = await endAllSessionsOfUser(userId, tx);
      await recordAudit(
        {
          action: "email.reconfirmation_lapsed",
          actor: SYSTEM,
          targetType: "email",
          targetId: id,
          details: { userId, endedGroups: ended.length, sessionsEnded },
        },
        tx,
      );
      return true;
    });
    if (done) lapsed++;
  }
  if (lapsed > 0) scheduleDelivery();
  return lapsed;
}
