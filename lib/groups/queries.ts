import "server-only";
import { and, asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { activeNotice, severityRank } from "@/lib/notices/schedule";
import { membershipRole } from "./permissions";
import {
  groupDomains,
  joinRequests,
  memberGroups,
  memberships,
  notices,
  organisations,
  passkeys,
  serviceGroups,
  services,
  users,
} from "@/lib/db/schema";

export type GroupDetails = {
  id: string;
  slug: string;
  name: string;
  description: string;
  joinPolicy: "automatic" | "suggested" | "request" | "closed";
  organisationName: string | null;
  orgNumber: string | null;
  domains: string[];
};

export async function getGroupBySlug(slug: string): Promise<GroupDetails | null> {
  const db = getDb();
  const [row] = await db
    .select({
      id: memberGroups.id,
      slug: memberGroups.slug,
      name: memberGroups.name,
      description: memberGroups.description,
      joinPolicy: memberGroups.joinPolicy,
      organisationName: organisations.name,
      orgNumber: organisations.orgNumber,
    })
    .from(memberGroups)
    .leftJoin(organisations, eq(organisations.id, memberGroups.organisationId))
    .where(eq(memberGroups.slug, slug));
  if (!row) return null;
  const domains = await db
    .select({ domain: groupDomains.domain })
    .from(groupDomains)
    .where(eq(groupDomains.groupId, row.id))
    .orderBy(asc(groupDomains.domain));
  return { ...row, domains: domains.map((d) => d.domain) };
}

export type ViewedGroup = { group: GroupDetails; role: "member" | "admin" | null };

/**
 * A group by slug as `userId` may see it, with their role. A closed group exists only for its
 * members: anyone else gets null, exactly as for a slug that does not exist.
 */
export async function getGroupForViewer(slug: string, userId: string): Promise<ViewedGroup | null> {
  const group = await getGroupBySlug(slug);
  if (!group) return null;
  const role = await membershipRole(userId, group.id);
  if (group.joinPolicy === "closed" && !role) return null;
  return { group, role };
}

/** The user's memberships, with how they joined. */
export async function listMyMemberships(userId: string) {
  return getDb()
    .select({
      groupId: memberGroups.id,
      slug: memberGroups.slug,
      name: memberGroups.name,
      organisationName: organisations.name,
      role: memberships.role,
      source: memberships.source,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(memberGroups, eq(memberGroups.id, memberships.groupId))
    .leftJoin(organisations, eq(organisations.id, memberGroups.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberGroups.name));
}

/** All of the user's join requests, newest first. */
export async function listMyJoinRequests(userId: string) {
  return getDb()
    .select({
      id: joinRequests.id,
      groupSlug: memberGroups.slug,
      groupName: memberGroups.name,
      status: joinRequests.status,
      createdAt: joinRequests.createdAt,
      decidedAt: joinRequests.decidedAt,
      decisionReason: joinRequests.decisionReason,
    })
    .from(joinRequests)
    .innerJoin(memberGroups, eq(memberGroups.id, joinRequests.groupId))
    .where(eq(joinRequests.userId, userId))
    .orderBy(desc(joinRequests.createdAt));
}

/** The viewer's open request in a group, if any. */
export async function pendingRequestOf(userId: string, groupId: string) {
  const [row] = await getDb()
    .select({ id: joinRequests.id, createdAt: joinRequests.createdAt })
    .from(joinRequests)
    .where(
      and(
        eq(joinRequests.userId, userId),
        eq(joinRequests.groupId, groupId),
        eq(joinRequests.status, "pending"),
      ),
    );
  return row ?? null;
}

/** Services offered to the group (including those offered to every group). */
export async function listGroupServices(groupId: string) {
  return getDb()
    .selectDistinct({
      id: services.id,
      name: services.name,
      description: services.description,
      sortOrder: services.sortOrder,
    })
    .from(services)
    .leftJoin(
      serviceGroups,
      and(eq(serviceGroups.serviceId, services.id), eq(serviceGroups.groupId, groupId)),
    )
    .where(or(eq(services.offeredToAll, true), eq(serviceGroups.groupId, groupId)))
    .orderBy(asc(services.sortOrder), asc(services.name));
}

/** The group's own notices and those for everyone, while active, most severe first. */
export async function listGroupNotices(groupId: string, limit = 10) {
  return getDb()
    .select({
      id: notices.id,
      title: notices.title,
      body: notices.body,
      severity: notices.severity,
      publishedAt: notices.publishedAt,
    })
    .from(notices)
    .where(and(or(eq(notices.groupId, groupId), isNull(notices.groupId)), activeNotice(now())))
    .orderBy(severityRank, desc(notices.publishedAt))
    .limit(limit);
}

/** Members by name and role only: never emails or other personal data. */
export async function listGroupMembers(groupId: string) {
  return getDb()
    .select({
      userId: users.id,
      name: users.name,
      role: memberships.role,
      source: memberships.source,
      // Whether, never which kind: the admins see adoption, not people's devices.
      hasPasskey: sql<boolean>`exists (select 1 from ${passkeys} where ${passkeys.userId} = ${users.id})`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.groupId, groupId))
    .orderBy(desc(memberships.role), asc(users.name));
}
