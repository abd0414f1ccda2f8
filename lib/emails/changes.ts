import "server-only";
import { and, eq, isNotNull, ne, sql } from "drizzle-orm";
import { AccessRefusedError, DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type DbOrTx, type Tx } from "@/lib/db/client";
import { userEmails, users, type UserEmail } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { t } from "@/lib/i18n";
import { releaseMembershipsOfEmail } from "@/lib/membership/auto";
import { createNotifications } from "@/lib/notifications/create";
import { recordSecurityEvent } from "@/lib/security-events/record";
import { otherConfirmedEmails, primaryConfirmedEmail } from "./queries";
import { RECONFIRM_INTERVAL } from "./reconfirm-policy";

/** Every write to user_emails goes through this file. */

/**
 * The caller's own email was not found: when the id is another person's, that is a forged id
 * (audited as a refusal); otherwise the email is simply gone (removed in another tab).
 */
async function notFoundOrRefused(tx: DbOrTx, emailId: string): Promise<never> {
  const [other] = await tx
    .select({ id: userEmails.id })
    .from(userEmails)
    .where(eq(userEmails.id, emailId));
  if (other) throw new AccessRefusedError("not-owner", { type: "email", id: emailId });
  throw new DomainError("unknown_email", t.profile.errors.unknownEmail);
}

/** Whether another account has confirmed this address (never told to the caller). */
export async function isConfirmedByAnother(
  tx: DbOrTx,
  userId: string,
  address: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: userEmails.id })
    .from(userEmails)
    .where(
      and(
        eq(userEmails.address, address),
        isNotNull(userEmails.confirmedAt),
        ne(userEmails.userId, userId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * The user's unconfirmed row for this address, created if new; refuses one the user has
 * confirmed already. An address another account has confirmed gets a row too, like a free
 * one (no account enumeration): the unique index on confirmed addresses keeps it unconfirmable.
 */
export async function addPendingEmail(tx: Tx, userId: string, address: string): Promise<UserEmail> {
  const errors = t.registration.errors;
  await tx.insert(userEmails).values({ userId, address }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), eq(userEmails.address, address)));
  if (row!.confirmedAt) {
    throw new DomainError("already_confirmed", errors.alreadyConfirmed, "email");
  }
  return row!;
}

/**
 * Marks an email confirmed at `at`; it becomes primary when the user has no primary yet.
 * The caller holds the user's row lock. A unique index refuses an address confirmed twice.
 */
export async function markEmailConfirmed(tx: Tx, email: UserEmail, at: Date): Promise<void> {
  if (email.confirmedAt) {
    // Confirmed again (the yearly re-confirmation): the next one is due a year from now.
    await tx
      .update(userEmails)
      .set({ confirmedAt: at, reconfirmDueAt: null })
      .where(eq(userEmails.id, email.id));
    return;
  }
  const primary = await primaryConfirmedEmail(email.userId, tx);
  await tx
    .update(userEmails)
    .set({ confirmedAt: at, reconfirmDueAt: null, isPrimary: !primary })
    .where(eq(userEmails.id, email.id));
}

/** Asks for re-confirmation from `at` (a bounce, support) unless it is due earlier already. */
export async function moveReconfirmationForward(
  tx: DbOrTx,
  emailId: string,
  at: Date,
): Promise<boolean> {
  const rows = await tx
    .update(userEmails)
    .set({ reconfirmDueAt: at })
    .where(
      and(
        eq(userEmails.id, emailId),
        isNotNull(userEmails.confirmedAt),
        sql`coalesce(${userEmails.reconfirmDueAt}, ${userEmails.confirmedAt} + ${RECONFIRM_INTERVAL}::interval) > ${at.toISOString()}`,
      ),
    )
    .returning({ id: userEmails.id });
  return rows.length > 0;
}

/**
 * The grace period ended without a new confirmation: the address is unconfirmed again and
 * keeps `reconfirmDueAt` as the mark that it lapsed. Another confirmed address becomes
 * primary if this one was. The caller ends the memberships the address gave first.
 */
export async function lapseEmailConfirmation(
  tx: Tx,
  email: UserEmail,
  dueAt: Date,
  others: ReadonlyArray<{ id: string }>,
): Promise<void> {
  await tx
    .update(userEmails)
    .set({ confirmedAt: null, isPrimary: false, reconfirmDueAt: dueAt })
    .where(eq(userEmails.id, email.id));
  if (email.isPrimary && others[0]) {
    await tx.update(userEmails).set({ isPrimary: true }).where(eq(userEmails.id, others[0].id));
  }
}

/** A person's confirmed email as the demo data and the tests set it up (no code round). */
export async function addConfirmedEmail(
  tx: DbOrTx,
  userId: string,
  address: string,
  at = new Date(),
): Promise<void> {
  const primary = await primaryConfirmedEmail(userId, tx);
  await tx
    .insert(userEmails)
    .values({ userId, address, confirmedAt: at, isPrimary: !primary })
    .onConflictDoNothing();
}

/** Makes a confirmed email the primary one; the partial unique index keeps one per user. */
export async function setPrimaryEmail(actor: Actor, emailId: string): Promise<void> {
  const errors = t.profile.errors;
  await getDb().transaction(async (tx) => {
    const [email] = await tx
      .select()
      .from(userEmails)
      .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, actor.userId)))
      .for("update");
    if (!email) return notFoundOrRefused(tx, emailId);
    if (!email.confirmedAt) throw new DomainError("unconfirmed", errors.primaryUnconfirmed);
    if (email.isPrimary) return;
    const previous = await primaryConfirmedEmail(actor.userId, tx);
    await tx
      .update(userEmails)
      .set({ isPrimary: false })
      .where(eq(userEmails.userId, actor.userId));
    await tx.update(userEmails).set({ isPrimary: true }).where(eq(userEmails.id, emailId));
    await recordAudit(
      { action: "email.primary_changed", actor, targetType: "email", targetId: emailId },
      tx,
    );
    // The old primary hears of it too: whoever took the account would otherwise hide the change.
    await recordSecurityEvent(tx, {
      userId: actor.userId,
      kind: "email.primary_changed",
      actor,
      details: { address: email.address },
      alsoTo: [previous],
    });
  });
  scheduleDelivery();
}

/**
 * Removes one of the user's emails. The last confirmed email stays (an account needs
 * one). Memberships the email gave end, with a notice, unless another email gives them.
 * Returns the names of the groups the user left.
 */
export async function removeEmail(actor: Actor, emailId: string): Promise<string[]> {
  const errors = t.profile.errors;
  const userId = actor.userId;
  const left = await getDb().transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    const [email] = await tx
      .select()
      .from(userEmails)
      .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, userId)));
    if (!email) return notFoundOrRefused(tx, emailId);
    const otherConfirmed = await otherConfirmedEmails(tx, userId, emailId);
    if (email.confirmedAt && otherConfirmed.length === 0) {
      throw new DomainError("last_email", errors.lastEmail);
    }

    const ended = await releaseMembershipsOfEmail(tx, actor, emailId, otherConfirmed);
    await tx.delete(userEmails).where(eq(userEmails.id, emailId));
    if (email.isPrimary) {
      await tx
        .update(userEmails)
        .set({ isPrimary: true })
        .where(eq(userEmails.id, otherConfirmed[0]!.id));
    }
    for (const group of ended) {
      await createNotifications(tx, [userId], {
        kind: "membership.removed",
        params: { groupName: group.name },
        href: "/medlemsgrupper",
      });
    }
    await recordAudit(
      {
        action: "email.removed",
        actor,
        targetType: "email",
        targetId: emailId,
        details: { endedGroups: ended.map((g) => g.id) },
      },
      tx,
    );
    // An address that was never confirmed was never part of the account: nothing to tell.
    if (email.confirmedAt) {
      await recordSecurityEvent(tx, {
        userId,
        kind: "email.removed",
        actor,
        details: { address: email.address },
        alsoTo: [email.address],
      });
    }
    return ended.map((g) => g.name);
  });
  scheduleDelivery();
  return left;
}

/** Test hook (APP_ENV=test): the person's confirmed addresses look confirmed `days` ago. */
export async function backdateEmailConfirmations(userId: string, days: number): Promise<number> {
  const rows = await getDb()
    .update(userEmails)
    .set({ confirmedAt: sql`now() - ${`${days} days`}::interval`, reconfirmDueAt: null })
    .where(and(eq(userEmails.userId, userId), isNotNull(userEmails.confirmedAt)))
    .returning({ id: userEmails.id });
  return rows.length;
}
