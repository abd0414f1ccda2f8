import "server-only";
import { and, eq, isNotNull, ne } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { memberGroups, memberships, userEmails, type MemberGroup } from "@/lib/db/schema";
import { emailDomain } from "@/lib/registration/email-address";
import { groupForDomain } from "./domain-match";

export type AutoMembershipResult =
  | { kind: "joined"; group: MemberGroup }
  | { kind: "already-member"; group: MemberGroup }
  | { kind: "no-group"; domain: string };

/** Joins the user to the group of a newly confirmed email's domain, inside the caller's transaction. */
export async function joinGroupByEmail(
  tx: Tx,
  userId: string,
  email: { id: string; address: string },
  ip: string | null,
): Promise<AutoMembershipResult> {
  const domain = emailDomain(email.address);
  const group = await groupForDomain(tx, domain);
  if (!group) return { kind: "no-group", domain };
  const inserted = await tx
    .insert(memberships)
    .values({
      userId,
      groupId: group.id,
      role: "member",
      source: "domain",
      sourceEmailId: email.id,
    })
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  if (!inserted[0]) return { kind: "already-member", group };
  await recordAudit(
    {
      action: "membership.granted",
      actorUserId: userId,
      targetType: "group",
      targetId: group.id,
      ip,
      details: { source: "domain", domain },
    },
    tx,
  );
  return { kind: "joined", group };
}

/**
 * Before an email is removed: memberships it gave are moved to another confirmed email
 * of the same group, or ended. Returns the groups the user is no longer a member of.
 */
export async function releaseMembershipsOfEmail(
  tx: Tx,
  userId: string,
  emailId: string,
  ip: string | null,
): Promise<MemberGroup[]> {
  const given = await tx
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.sourceEmailId, emailId),
        eq(memberships.source, "domain"),
      ),
    );
  if (given.length === 0) return [];
  const others = await tx
    .select({ id: userEmails.id, address: userEmails.address })
    .from(userEmails)
    .where(
      and(
        eq(userEmails.userId, userId),
        ne(userEmails.id, emailId),
        isNotNull(userEmails.confirmedAt),
      ),
    );
  const ended: MemberGroup[] = [];
  for (const membership of given) {
    let replacement: string | null = null;
    for (const other of others) {
      const group = await groupForDomain(tx, emailDomain(other.address));
      if (group?.id === membership.groupId) replacement = other.id;
    }
    if (replacement) {
      await tx
        .update(memberships)
        .set({ sourceEmailId: replacement })
        .where(eq(memberships.id, membership.id));
      continue;
    }
    // An admin keeps the seat they were given; only plain domain memberships end.
    if (membership.role === "admin") {
      await tx
        .update(memberships)
        .set({ sourceEmailId: null, source: "admin" })
        .where(eq(memberships.id, membership.id));
      continue;
    }
    await tx.delete(memberships).where(eq(memberships.id, membership.id));
    const [group] = await tx
      .select()
      .from(memberGroups)
      .where(eq(memberGroups.id, membership.groupId));
    if (group) ended.push(group);
    await recordAudit(
      {
        action: "membership.ended",
        actorUserId: userId,
        targetType: "group",
        targetId: membership.groupId,
        ip,
        details: { reason: "email_removed" },
      },
      tx,
    );
  }
  return ended;
}
