import "server-only";
import { and, asc, desc, eq, isNull, lte, sql } from "drizzle-orm";
import { createElement } from "react";
import { AccessRefusedError, DomainError } from "@/lib/actions/errors";
import type { Actor, RequestOrigin } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { accessReviews, memberGroups, memberships, userEmails, users } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { perLocale } from "@/lib/email/localized";
import { renderEmail } from "@/lib/email/render";
import { AccessReviewEmail } from "@/lib/email/templates/access-review";
import { groupAdminRecipients } from "@/lib/groups/admin-queries";
import { lockGroupAdmins } from "@/lib/groups/permissions";
import { t } from "@/lib/i18n";
import { deleteMembership } from "@/lib/membership/memberships";
import { createNotifications } from "@/lib/notifications/create";
import { quarterOf, REVIEW_POLICY } from "./policy";

export type AccessReview = typeof accessReviews.$inferSelect;

const SYSTEM: RequestOrigin = { ip: null, userAgent: null };

export function reviewPath(slug: string): string {
  return `/medlemsgrupper/${slug}/gjennomgang`;
}

/** A task for the group's admins: a notification in the portal and an email to each. */
async function tellAdmins(
  tx: Tx,
  review: AccessReview,
  group: { name: string; slug: string },
  reminder: boolean,
): Promise<void> {
  const admins = await groupAdminRecipients(tx, review.groupId);
  const ids = admins.map((a) => a.userId);
  await createNotifications(tx, ids, {
    kind: reminder ? "review.reminder" : "review.opened",
    params: { groupName: group.name, groupSlug: group.slug },
    href: reviewPath(group.slug),
  });
  const email = perLocale(async () => {
    const m = t.reviews.email;
    return {
      subject: reminder ? m.reminderSubject(group.name) : m.subject(group.name),
      ...(await renderEmail(
        createElement(AccessReviewEmail, {
          groupName: group.name,
          period: review.period,
          reminder,
        }),
      )),
    };
  });
  const stamp = (reminder ? review.remindedAt : review.openedAt)?.toISOString() ?? "";
  for (const { userId: adminId, address: to, locale } of admins) {
    if (!to) continue;
    await enqueueEmail(tx, {
      to,
      ...(await email(locale)),
      idempotencyKey: `access-review:${review.id}:${reminder ? "reminder" : "opened"}:${stamp}:${adminId}`,
    });
  }
}

async function groupOf(tx: Tx, groupId: string) {
  const [group] = await tx
    .select({ name: memberGroups.name, slug: memberGroups.slug })
    .from(memberGroups)
    .where(eq(memberGroups.id, groupId));
  return group!;
}

/**
 * Opens this quarter's review for every group that has an admin (once per group and quarter,
 * on any instance) and gives its admins the task. Run by housekeeping; returns how many opened.
 */
export async function openQuarterlyReviews(at: Date = now()): Promise<number> {
  const period = quarterOf(at);
  // Only groups without this quarter's review: every ten minutes this is one cheap query.
  const groups = await getDb()
    .selectDistinct({ groupId: memberships.groupId })
    .from(memberships)
    .where(
      and(
        eq(memberships.role, "admin"),
        // Spelled out: in a one-table select drizzle leaves column names unqualified.
        sql`not exists (select 1 from access_reviews r where r.group_id = memberships.group_id and r.period = ${period})`,
      ),
    );
  let opened = 0;
  for (const { groupId } of groups) {
    const done = await getDb().transaction(async (tx) => {
      const [review] = await tx
        .insert(accessReviews)
        .values({ groupId, period, openedAt: at })
        .onConflictDoNothing()
        .returning();
      if (!review) return false;
      await tellAdmins(tx, review, await groupOf(tx, groupId), false);
      await recordAudit(
        {
          action: "access_review.opened",
          actor: SYSTEM,
          targetType: "group",
          targetId: groupId,
          details: { period },
        },
        tx,
      );
      return true;
    });
    if (done) opened++;
  }
  if (opened > 0) scheduleDelivery();
  return opened;
}

/** Reminds the admins once when a review is still open 14 days after it opened. */
export async function remindOverdueReviews(at: Date = now()): Promise<number> {
  const due = new Date(at.getTime() - REVIEW_POLICY.reminderDays * 86_400_000);
  const reviews = await getDb()
    .select({ id: accessReviews.id })
    .from(accessReviews)
    .where(
      and(
        isNull(accessReviews.completedAt),
        isNull(accessReviews.remindedAt),
        lte(accessReviews.openedAt, due),
      ),
    );
  let reminded = 0;
  for (const { id } of reviews) {
    if (await remind(SYSTEM, id, at, { onlyOnce: true })) reminded++;
  }
  if (reminded > 0) scheduleDelivery();
  return reminded;
}

/** Support's `Send påminnelse` on an open review. */
export async function remindReview(actor: Actor, reviewId: string): Promise<boolean> {
  const sent = await remind(actor, reviewId, now(), { onlyOnce: false });
  if (sent) scheduleDelivery();
  return sent;
}

async function remind(
  actor: Actor | RequestOrigin,
  reviewId: string,
  at: Date,
  { onlyOnce }: { onlyOnce: boolean },
): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [review] = await tx
      .update(accessReviews)
      .set({ remindedAt: at })
      .where(
        and(
          eq(accessReviews.id, reviewId),
          isNull(accessReviews.completedAt),
          onlyOnce ? isNull(accessReviews.remindedAt) : undefined,
        ),
      )
      .returning();
    if (!review) return false;
    await tellAdmins(tx, review, await groupOf(tx, review.groupId), true);
    await recordAudit(
      {
        action: "access_review.reminded",
        actor,
        targetType: "group",
        targetId: review.groupId,
        details: { period: review.period },
      },
      tx,
    );
    return true;
  });
}

/** The group's newest review (open or completed), or null. */
export async function latestReviewOf(groupId: string): Promise<AccessReview | null> {
  const [review] = await getDb()
    .select()
    .from(accessReviews)
    .where(eq(accessReviews.groupId, groupId))
    .orderBy(desc(accessReviews.openedAt))
    .limit(1);
  return review ?? null;
}

export type ReviewMember = {
  userId: string;
  name: string | null;
  role: "member" | "admin";
  source: string;
  lastLoginAt: Date | null;
  emailConfirmed: boolean;
};

/**
 * The members as the review lists them: how they joined, their last login, and whether the
 * address their membership rests on (or else their primary address) is confirmed.
 */
export async function reviewMembers(groupId: string): Promise<ReviewMember[]> {
  const rows = await getDb()
    .select({
      userId: users.id,
      name: users.name,
      role: memberships.role,
      source: memberships.source,
      lastLoginAt: users.lastLoginAt,
      emailConfirmed: sql<boolean>`coalesce(
        (select e.confirmed_at is not null from ${userEmails} e where e.id = ${memberships.sourceEmailId}),
        exists (select 1 from ${userEmails} e where e.user_id = ${users.id} and e.is_primary and e.confirmed_at is not null))`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.groupId, groupId))
    .orderBy(desc(memberships.role), asc(users.name));
  return rows.map((r) => ({ ...r, lastLoginAt: r.lastLoginAt ? new Date(r.lastLoginAt) : null }));
}

/**
 * `Fullfør gjennomgang`: removes the members marked `Fjern` (each notified and audited) and
 * closes the review, in one transaction. Only the group's admins; the reviewing admin is
 * never among the removed, so the group keeps an admin.
 */
export async function completeAccessReview(
  actor: Actor,
  input: { reviewId: string; remove: string[] },
): Promise<{ kept: number; removed: number }> {
  const result = await getDb().transaction(async (tx) => {
    const [review] = await tx
      .select()
      .from(accessReviews)
      .where(eq(accessReviews.id, input.reviewId))
      .for("update");
    if (!review) throw new AccessRefusedError("unknown-review");
    const admins = await lockGroupAdmins(tx, review.groupId);
    if (!admins.includes(actor.userId)) {
      throw new AccessRefusedError("group-admin", { type: "group", id: review.groupId });
    }
    if (review.completedAt) throw new DomainError("review_closed", t.reviews.errors.closed);
    const remove = [...new Set(input.remove)];
    if (remove.includes(actor.userId)) {
      throw new DomainError("review_self", t.reviews.errors.lastAdmin);
    }
    const members = await tx
      .select({ id: memberships.id, userId: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.groupId, review.groupId))
      .for("update");
    const byUser = new Map(members.map((m) => [m.userId, m]));
    if (remove.some((id) => !byUser.has(id))) {
      throw new DomainError("review_not_member", t.reviews.errors.notMember);
    }
    const group = await groupOf(tx, review.groupId);
    for (const userId of remove) {
      const member = byUser.get(userId)!;
      await deleteMembership(tx, member.id);
      await createNotifications(tx, [userId], {
        kind: "membership.removed",
        params: { groupName: group.name, groupSlug: group.slug },
        href: "/medlemsgrupper",
      });
      await recordAudit(
        {
          action: "membership.removed",
          actor,
          targetType: "user",
          targetId: userId,
          details: { groupId: review.groupId, role: member.role, review: review.period },
        },
        tx,
      );
    }
    const counts = { kept: members.length - remove.length, removed: remove.length };
    await tx
      .update(accessReviews)
      .set({ completedAt: now(), completedBy: actor.userId, ...counts })
      .where(eq(accessReviews.id, review.id));
    await recordAudit(
      {
        action: "access_review.completed",
        actor,
        targetType: "group",
        targetId: review.groupId,
        details: { period: review.period, ...counts },
      },
      tx,
    );
    return counts;
  });
  return result;
}

export type ReviewStatus = {
  reviewId: string;
  groupName: string;
  groupSlug: string;
  period: string;
  openedAt: Date;
  remindedAt: Date | null;
  completedAt: Date | null;
};

/** Support's view: the newest review of every group, open ones first. */
export async function listReviewStatus(): Promise<ReviewStatus[]> {
  const rows = await getDb()
    .selectDistinctOn([accessReviews.groupId], {
      reviewId: accessReviews.id,
      groupName: memberGroups.name,
      groupSlug: memberGroups.slug,
      period: accessReviews.period,
      openedAt: accessReviews.openedAt,
      remindedAt: accessReviews.remindedAt,
      completedAt: accessReviews.completedAt,
    })
    .from(accessReviews)
    .innerJoin(memberGroups, eq(memberGroups.id, accessReviews.groupId))
    .orderBy(accessReviews.groupId, desc(accessReviews.openedAt));
  return rows.sort(
    (a, b) =>
      Number(a.completedAt !== null) - Number(b.completedAt !== null) ||
      a.groupName.localeCompare(b.groupName, "nb"),
  );
}

/** Test hook (APP_ENV=test): this quarter's review of a group starts over. */
export async function reopenReviewForTests(groupSlug: string): Promise<string | null> {
  const [group] = await getDb()
    .select({ id: memberGroups.id })
    .from(memberGroups)
    .where(eq(memberGroups.slug, groupSlug));
  if (!group) return null;
  await getDb()
    .delete(accessReviews)
    .where(and(eq(accessReviews.groupId, group.id), eq(accessReviews.period, quarterOf(now()))));
  await openQuarterlyReviews();
  return (await latestReviewOf(group.id))?.id ?? null;
}
