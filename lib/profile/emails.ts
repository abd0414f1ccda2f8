import "server-only";
import { and, asc, eq, isNotNull, ne } from "drizzle-orm";
import { DomainError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { userEmails, users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { releaseMembershipsOfEmail } from "@/lib/membership/auto";
import { createNotifications } from "@/lib/notifications/create";

const errors = t.profile.errors;

/** Makes a confirmed email the primary one; the partial unique index keeps one per user. */
export async function setPrimaryEmail(
  userId: string,
  emailId: string,
  ip: string | null,
): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [email] = await tx
      .select()
      .from(userEmails)
      .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, userId)))
      .for("update");
    if (!email) throw new DomainError("unknown_email", errors.unknownEmail);
    if (!email.confirmedAt) throw new DomainError("unconfirmed", errors.primaryUnconfirmed);
    if (email.isPrimary) return;
    await tx.update(userEmails).set({ isPrimary: false }).where(eq(userEmails.userId, userId));
    await tx.update(userEmails).set({ isPrimary: true }).where(eq(userEmails.id, emailId));
    await recordAudit(
      {
        action: "email.primary_changed",
        actorUserId: userId,
        targetType: "email",
        targetId: emailId,
        ip,
      },
      tx,
    );
  });
}

/**
 * Removes one of the user's emails. The last confirmed email stays (an account needs
 * one). Memberships the email gave end, with a notice, unless another email gives them.
 * Returns the names of the groups the user left.
 */
export async function removeEmail(
  userId: string,
  emailId: string,
  ip: string | null,
): Promise<string[]> {
  return getDb().transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    const [email] = await tx
      .select()
      .from(userEmails)
      .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, userId)));
    if (!email) throw new DomainError("unknown_email", errors.unknownEmail);
    const otherConfirmed = await tx
      .select({ id: userEmails.id })
      .from(userEmails)
      .where(
        and(
          eq(userEmails.userId, userId),
          ne(userEmails.id, emailId),
          isNotNull(userEmails.confirmedAt),
        ),
      )
      .orderBy(asc(userEmails.createdAt));
    if (email.confirmedAt && otherConfirmed.length === 0) {
      throw new DomainError("last_email", errors.lastEmail);
    }

    const ended = await releaseMembershipsOfEmail(tx, userId, emailId, ip);
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
        actorUserId: userId,
        targetType: "email",
        targetId: emailId,
        ip,
        details: { endedGroups: ended.map((g) => g.id) },
      },
      tx,
    );
    return ended.map((g) => g.name);
  });
}
