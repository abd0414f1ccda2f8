import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { memberGroups, memberships, users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { deleteMembership, setMembershipRole } from "@/lib/membership/memberships";
import { createNotifications } from "@/lib/notifications/create";
import { groupError, notGroupAdmin } from "./errors";
import { lockGroupAdmins } from "./permissions";

type Target = { groupId: string; userId: string };

/**
 * Locks the group's admin rows, checks that the actor is still one of them, and locks the
 * target's membership. Every member change goes through here, so two admins changing roles at
 * the same time are serialised and the group can never lose its last admin.
 */
async function lockForChange(tx: Tx, actor: Actor, target: Target) {
  const admins = await lockGroupAdmins(tx, target.groupId);
  if (!admins.includes(actor.userId)) throw notGroupAdmin(target.groupId);
  const [member] = await tx
    .select({ id: memberships.id, role: memberships.role, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.groupId, target.groupId), eq(memberships.userId, target.userId)))
    .for("update", { of: memberships });
  if (!member) throw groupError("memberNotFound");
  const [group] = await tx
    .select({ name: memberGroups.name, slug: memberGroups.slug })
    .from(memberGroups)
    .where(eq(memberGroups.id, target.groupId));
  return { admins, member, group: group! };
}

/** An admin removes a member (or another admin, as long as one admin remains). */
export async function removeMember(actor: Actor, target: Target): Promise<{ name: string }> {
  return getDb().transaction(async (tx) => {
    const { admins, member, group } = await lockForChange(tx, actor, target);
    if (member.role === "admin" && admins.length <= 1) throw groupError("lastAdmin");
    await deleteMembership(tx, member.id);
    await createNotifications(tx, [target.userId], {
      kind: "membership.removed",
      params: { groupName: group.name, groupSlug: group.slug },
      href: "/medlemsgrupper",
    });
    await recordAudit(
      {
        action: "membership.removed",
        actor,
        targetType: "user",
        targetId: target.userId,
        details: { groupId: target.groupId, role: member.role },
      },
      tx,
    );
    return { name: member.name ?? t.groups.unnamed };
  });
}

/** An admin makes a member an admin, or makes an admin a member again (never the last one). */
export async function setGroupAdmin(
  actor: Actor,
  target: Target & { admin: boolean },
): Promise<{ name: string }> {
  return getDb().transaction(async (tx) => {
    const { admins, member, group } = await lockForChange(tx, actor, target);
    if (target.admin && member.role === "admin") throw groupError("alreadyAdmin");
    if (!target.admin && member.role !== "admin") throw groupError("notAdminTarget");
    if (!target.admin && admins.length <= 1) throw groupError("lastAdmin");

    await setMembershipRole(tx, member.id, target.admin ? "admin" : "member");
    await createNotifications(tx, [target.userId], {
      kind: target.admin ? "admin.granted" : "admin.revoked",
      params: { groupName: group.name, groupSlug: group.slug },
      href: `/medlemsgrupper/${group.slug}`,
    });
    await recordAudit(
      {
        action: target.admin ? "group_admin.granted" : "group_admin.revoked",
        actor,
        targetType: "user",
        targetId: target.userId,
        details: { groupId: target.groupId },
      },
      tx,
    );
    return { name: member.name ?? t.groups.unnamed };
  });
}
