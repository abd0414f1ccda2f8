import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import { memberGroups, memberships, users } from "@/lib/db/schema";
import { lockGroupAdmins } from "@/lib/groups/permissions";
import { t } from "@/lib/i18n";
import { addMembership, setMembershipRole } from "@/lib/membership/memberships";
import { createNotifications } from "@/lib/notifications/create";
import { searchUsers } from "./users";

const e = t.register.admins.errors;

/** People matching a name or email, with their place in the group (none, member, admin). */
export async function findPeopleForGroup(groupId: string, query: string) {
  const people = (await searchUsers(query)).slice(0, 20);
  if (people.length === 0) return [];
  const rows = await getDb()
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.groupId, groupId),
        inArray(
          memberships.userId,
          people.map((p) => p.id),
        ),
      ),
    );
  return people.map((p) => ({
    ...p,
    groupRole: rows.find((r) => r.userId === p.id)?.role ?? null,
  }));
}

async function lockedGroup(tx: Tx, groupId: string) {
  const [group] = await tx
    .select({ id: memberGroups.id, name: memberGroups.name, slug: memberGroups.slug })
    .from(memberGroups)
    .where(eq(memberGroups.id, groupId));
  if (!group) throw new DomainError("group_not_found", t.register.groups.errors.notFound);
  const admins = await lockGroupAdmins(tx, groupId);
  return { group, admins };
}

/** Support makes a person admin of a group; a person who is not a member becomes both at once. */
export async function addGroupAdmin(
  actor: Actor,
  input: { groupId: string; userId: string },
): Promise<{ name: string }> {
  return getDb().transaction(async (tx) => {
    const { group } = await lockedGroup(tx, input.groupId);
    const [person] = await tx
      .select({ name: users.name, disabledAt: users.disabledAt })
      .from(users)
      .where(eq(users.id, input.userId));
    if (!person) throw new DomainError("user_not_found", e.userNotFound);
    if (person.disabledAt) throw new DomainError("user_disabled", e.disabled);
    const [membership] = await tx
      .select({ id: memberships.id, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.groupId, input.groupId), eq(memberships.userId, input.userId)))
      .for("update");
    if (membership?.role === "admin") throw new DomainError("already_admin", e.alreadyAdmin);
    if (membership) await setMembershipRole(tx, membership.id, "admin");
    else {
      await addMembership(tx, {
        userId: input.userId,
        groupId: input.groupId,
        role: "admin",
        source: "admin",
      });
    }
    await createNotifications(tx, [input.userId], {
      kind: "admin.granted",
      params: { groupName: group.name, groupSlug: group.slug },
      href: `/medlemsgrupper/${group.slug}`,
    });
    await recordAudit(
      {
        action: "admin.group_admin_added",
        actor,
        targetType: "user",
        targetId: input.userId,
        details: { groupId: input.groupId, newMember: !membership },
      },
      tx,
    );
    return { name: person.name ?? t.register.admins.unnamed };
  });
}

/**
 * Support makes an admin a plain member again. The last admin is kept unless support confirms
 * that the group may be left without one.
 */
export async function removeGroupAdmin(
  actor: Actor,
  input: { groupId: string; userId: string; confirmLast: boolean },
): Promise<{ name: string }> {
  return getDb().transaction(async (tx) => {
    const { group, admins } = await lockedGroup(tx, input.groupId);
    if (!admins.includes(input.userId)) throw new DomainError("not_admin", e.notAdmin);
    if (admins.length <= 1 && !input.confirmLast) {
      throw new DomainError("last_admin", e.lastAdmin, "confirmLast");
    }
    const [membership] = await tx
      .select({ id: memberships.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.groupId, input.groupId), eq(memberships.userId, input.userId)));
    await setMembershipRole(tx, membership!.id, "member");
    await createNotifications(tx, [input.userId], {
      kind: "admin.revoked",
      params: { groupName: group.name, groupSlug: group.slug },
      href: `/medlemsgrupper/${group.slug}`,
    });
    await recordAudit(
      {
        action: "admin.group_admin_removed",
        actor,
        targetType: "user",
        targetId: input.userId,
        details: { groupId: input.groupId, leftWithoutAdmin: admins.length <= 1 },
      },
      tx,
    );
    return { name: membership!.name ?? t.register.admins.unnamed };
  });
}
