import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor, RequestOrigin } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { memberGroups, memberships, type MemberGroup } from "@/lib/db/schema";
import { emailDomain } from "@/lib/emails/address";
import { groupForDomain } from "./domain-match";
import { addMembership, deleteMembership, setMembershipSource } from "./memberships";

export type AutoMembershipResult =
  | { kind: "joined"; group: MemberGroup }
  | { kind: "already-member"; group: MemberGroup }
  | { kind: "no-group"; domain: string };

/** Joins the user to the group of a newly confirmed email's domain, inside the caller's transaction. */
export async function joinGroupByEmail(
  tx: Tx,
  actor: Actor,
  email: { id: string; address: string },
): Promise<AutoMembershipResult> {
  const domain = emailDomain(email.address);
  const group = await groupForDomain(tx, domain);
  if (!group) return { kind: "no-group", domain };
  const added = await addMembership(tx, {
    userId: actor.userId,
    groupId: group.id,
    source: "domain",
    sourceEmailId: email.id,
  });
  if (!added) return { kind: "already-member", group };
  await recordAudit(
    {
      action: "membership.granted",
      actor,
      targetType: "group",
      targetId: group.id,
      details: { source: "domain", domain },
    },
    tx,
  );
  return { kind: "joined", group };
}

/**
 * Before an email is removed: memberships it gave are moved to another confirmed email
 * (`others`) of the same group, or ended. Returns the groups the user is no longer a member of.
 */
export async function releaseMembershipsOfEmail(
  tx: Tx,
  actor: Actor,
  emailId: string,
  others: Array<{ id: string; address: string }>,
  /** Why, in the audit rows; and who acted when it was not the member (a scheduled job). */
  options: { reason?: "email_removed" | "reconfirmation_lapsed"; auditActor?: RequestOrigin } = {},
): Promise<MemberGroup[]> {
  const given = await tx
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, actor.userId),
        eq(memberships.sourceEmailId, emailId),
        eq(memberships.source, "domain"),
      ),
    );
  if (given.length === 0) return [];
  const ended: MemberGroup[] = [];
  for (const membership of given) {
    let replacement: string | null = null;
    for (const other of others) {
      const group = await groupForDomain(tx, emailDomain(other.address));
      if (group?.id === membership.groupId) replacement = other.id;
    }
    if (replacement) {
      await setMembershipSource(tx, membership.id, {
        source: "domain",
        sourceEmailId: replacement,
      });
      continue;
    }
    // An admin keeps the seat they were given; only plain domain memberships end.
    if (membership.role === "admin") {
      await setMembershipSource(tx, membership.id, { source: "admin", sourceEmailId: null });
      continue;
    }
    await deleteMembership(tx, membership.id);
    const [group] = await tx
      .select()
      .from(memberGroups)
      .where(eq(memberGroups.id, membership.groupId));
    if (group) ended.push(group);
    await recordAudit(
      {
        action: "membership.ended",
        actor: options.auditActor ?? actor,
        targetType: "group",
        targetId: membership.groupId,
        details: {
          reason: options.reason ?? "email_removed",
          ...(options.auditActor && { userId: actor.userId }),
        },
      },
      tx,
    );
  }
  return ended;
}
