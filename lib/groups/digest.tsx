import "server-only";
import { and, asc, count, eq, isNotNull, min, or, isNull } from "drizzle-orm";
import { now } from "@/lib/clock";
import { config } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import {
  emailPreferences,
  joinRequestDigests,
  joinRequests,
  memberGroups,
  memberships,
  userEmails,
  users,
} from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import {
  JoinRequestDigestEmail,
  type DigestGroup,
} from "@/lib/email/templates/join-request-digest";
import { t } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locale";
import { withLocale } from "@/lib/i18n/with-locale";
import { requestsTabPath } from "./admin-alert";
import { DIGEST_POLICY } from "./digest-policy";

/** The calendar day and hour in Oslo for an instant. */
export function osloClock(at: Date): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: DIGEST_POLICY.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: `${part("year")}-${part("month")}-${part("day")}`, hour: Number(part("hour")) };
}

type Waiting = { adminId: string; address: string; locale: Locale; groups: DigestGroup[] };

/** Per admin who wants the summary and has an address: their groups with waiting requests. */
async function waitingByAdmin(): Promise<Waiting[]> {
  const rows = await getDb()
    .select({
      adminId: memberships.userId,
      address: userEmails.address,
      locale: users.locale,
      groupName: memberGroups.name,
      slug: memberGroups.slug,
      pending: count(joinRequests.id),
      oldest: min(joinRequests.createdAt),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(memberGroups, eq(memberGroups.id, memberships.groupId))
    .innerJoin(
      joinRequests,
      and(eq(joinRequests.groupId, memberships.groupId), eq(joinRequests.status, "pending")),
    )
    .innerJoin(
      userEmails,
      and(
        eq(userEmails.userId, memberships.userId),
        eq(userEmails.isPrimary, true),
        isNotNull(userEmails.confirmedAt),
      ),
    )
    .leftJoin(emailPreferences, eq(emailPreferences.userId, memberships.userId))
    .where(
      and(
        eq(memberships.role, "admin"),
        or(isNull(emailPreferences.userId), eq(emailPreferences.joinRequestDigest, true)),
      ),
    )
    .groupBy(memberships.userId, userEmails.address, users.locale, memberGroups.id)
    .orderBy(asc(memberships.userId), asc(memberGroups.name));

  const byAdmin = new Map<string, Waiting>();
  for (const row of rows) {
    const entry = byAdmin.get(row.adminId) ?? {
      adminId: row.adminId,
      address: row.address,
      locale: row.locale,
      groups: [],
    };
    entry.groups.push({
      name: row.groupName,
      pending: row.pending,
      oldest: new Date(row.oldest!),
      url: new URL(requestsTabPath(row.slug), config().appUrl).toString(),
    });
    byAdmin.set(row.adminId, entry);
  }
  return [...byAdmin.values()];
}

/**
 * The daily summary: from 08:00 Oslo time, each group admin with requests still waiting gets
 * one email listing the count and the oldest per group. Runs from housekeeping on every
 * instance; the key (admin, day) in join_request_digests lets exactly one of them send it.
 * Returns how many summaries this call sent.
 */
export async function sendJoinRequestDigests(at: Date = now()): Promise<number> {
  const { day, hour } = osloClock(at);
  if (hour < DIGEST_POLICY.hour || hour >= DIGEST_POLICY.untilHour) return 0;
  let sent = 0;
  for (const admin of await waitingByAdmin()) {
    const total = admin.groups.reduce((sum, g) => sum + g.pending, 0);
    const claimed = await getDb().transaction(async (tx) => {
      const [row] = await tx
        .insert(joinRequestDigests)
        .values({ userId: admin.adminId, day, pendingCount: total, sentAt: at })
        .onConflictDoNothing()
        .returning({ userId: joinRequestDigests.userId });
      if (!row) return false;
      const email = await withLocale(admin.locale, async () => ({
        subject: t.notifications.digest.subject(total),
        ...(await renderEmail(<JoinRequestDigestEmail groups={admin.groups} total={total} />)),
      }));
      await enqueueEmail(tx, {
        to: admin.address,
        ...email,
        idempotencyKey: `join-request-digest:${admin.adminId}:${day}`,
      });
      return true;
    });
    if (claimed) sent++;
  }
  if (sent > 0) scheduleDelivery();
  return sent;
}
