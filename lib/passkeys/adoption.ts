import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { createElement } from "react";
import { AccessRefusedError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import {
  memberGroups,
  memberships,
  passkeyReminders,
  passkeys,
  userEmails,
  users,
} from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { perLocale } from "@/lib/email/localized";
import { renderEmail } from "@/lib/email/render";
import { PasskeyGuide } from "@/lib/email/templates/passkey-guide";
import { isGroupAdmin } from "@/lib/groups/permissions";
import { t } from "@/lib/i18n";
import { PASSKEY_REMINDER_DAYS } from "./reminder-policy";

/**
 * `Send påminnelse` on a group's Medlemmer tab: the passkey guide to every member without a
 * passkey who has a confirmed primary address and has not had it in the last 30 days (the
 * guard is one upsert, so two admins pressing at once send it once). Only the group's admins.
 * Returns how many were sent.
 */
export async function sendPasskeyReminders(actor: Actor, groupId: string): Promise<number> {
  const sent = await getDb().transaction(async (tx) => {
    if (!(await isGroupAdmin(actor.userId, groupId, tx))) {
      throw new AccessRefusedError("group-admin", { type: "group", id: groupId });
    }
    const [group] = await tx
      .select({ name: memberGroups.name })
      .from(memberGroups)
      .where(eq(memberGroups.id, groupId));
    const at = now();
    const cutoff = new Date(at.getTime() - PASSKEY_REMINDER_DAYS * 86_400_000);
    const candidates = await tx
      .select({ userId: users.id, address: userEmails.address, locale: users.locale })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(
        userEmails,
        and(
          eq(userEmails.userId, users.id),
          eq(userEmails.isPrimary, true),
          isNotNull(userEmails.confirmedAt),
        ),
      )
      .where(
        and(
          eq(memberships.groupId, groupId),
          sql`${users.disabledAt} is null`,
          sql`not exists (select 1 from ${passkeys} where ${passkeys.userId} = ${users.id})`,
        ),
      );
    const guide = perLocale(async () => ({
      subject: t.passkeys.adoption.email.subject,
      ...(await renderEmail(createElement(PasskeyGuide, { groupName: group!.name }))),
    }));
    let count = 0;
    for (const person of candidates) {
      const claimed = await tx
        .insert(passkeyReminders)
        .values({ userId: person.userId, sentAt: at })
        .onConflictDoUpdate({
          target: passkeyReminders.userId,
          set: { sentAt: at },
          setWhere: sql`${passkeyReminders.sentAt} < ${cutoff.toISOString()}`,
        })
        .returning({ userId: passkeyReminders.userId });
      if (claimed.length === 0) continue;
      await enqueueEmail(tx, {
        to: person.address,
        ...(await guide(person.locale)),
        idempotencyKey: `passkey-guide:${person.userId}:${at.toISOString()}`,
      });
      count++;
    }
    await recordAudit(
      {
        action: "passkey.reminders_sent",
        actor,
        targetType: "group",
        targetId: groupId,
        details: { sent: count },
      },
      tx,
    );
    return count;
  });
  if (sent > 0) scheduleDelivery();
  return sent;
}

/** Registered, enabled people with at least one passkey, and all of them (support overview). */
export async function portalPasskeyShare(): Promise<{ withPasskey: number; total: number }> {
  const [row] = await getDb()
    .select({
      total: sql<number>`count(*)::int`,
      // Spelled out: in a one-table select drizzle leaves column names unqualified.
      withPasskey: sql<number>`count(*) filter (where exists (select 1 from passkeys p where p.user_id = users.id))::int`,
    })
    .from(users)
    .where(and(isNotNull(users.registeredAt), sql`${users.disabledAt} is null`));
  return { withPasskey: row?.withPasskey ?? 0, total: row?.total ?? 0 };
}
