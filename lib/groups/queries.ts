import "server-only";
import { and, asc, desc, eq, isNull, or, sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { pageCount, pageOrLast } from "@/lib/db/pages";
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

/** How many members one page of a group's member list shows. */
export const MEMBERS_PER_PAGE = 50;

export type GroupMember = {
  userId: string;
  name: string | null;
  role: "member" | "admin";
  source: string;
  hasPasskey: boolean;
};

export type GroupMemberPage = {
  members: GroupMember[];
  /** Of the whole group, not only this page. */
  total: number;
  admins: number;
  withPasskey: number;
  /** 1-based; a page past the end falls back to the last one. */
  page: number;
  pages: number;
};

/**
 * One page of a group's members, admins first, then the newest (so someone just approved is on
 * the first page however large the group): name and role only, never emails or other personal
 * data. The page and the group's counts (members, admins, with a passkey) are
 * one statement, so a group of thousands renders one page of them.
 */
export async function listGroupMembers(groupId: string, page = 1): Promise<GroupMemberPage> {
  return pageOrLast(
    page,
    MEMBERS_PER_PAGE,
    (n) => memberPage(groupId, n),
    async () => {
      const [row] = await getDb()
        .select({ n: sql<number>`count(*)::int` })
        .from(memberships)
        .where(eq(memberships.groupId, groupId));
      return row?.n ?? 0;
    },
  );
}

async function memberPage(groupId: string, page: number): Promise<GroupMemberPage> {
  const db = getDb();
  // Whether, never which kind: the admins see adoption, not people's devices.
  const hasPasskey = sql<boolean>`exists (select 1 from ${passkeys} where ${passkeys.userId} = ${users.id})`;
  const all = db
    .select({
      userId: users.id,
      name: users.name,
      role: memberships.role,
      source: memberships.source,
      since: memberships.createdAt,
      hasPasskey: hasPasskey.as("has_passkey"),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.groupId, groupId))
    .as("all_members");
  const rows = await db
    .select({
      userId: all.userId,
      name: all.name,
      role: all.role,
      source: all.source,
      hasPasskey: all.hasPasskey,
      total: sql<number>`(count(*) over ())::int`,
      admins: sql<number>`(count(*) filter (where ${all.role} = 'admin') over ())::int`,
      withPasskey: sql<number>`(count(*) filter (where ${all.hasPasskey}) over ())::int`,
    })
    .from(all)
    .orderBy(desc(all.role), desc(all.since), asc(all.userId))
    .limit(MEMBERS_PER_PAGE)
    .offset((page - 1) * MEMBERS_PER_PAGE);
  const first = rows[0];
  const total = first?.total ?? 0;
  return {
    members: rows.map((r) => ({
      userId: r.userId,
      name: r.name,
      role: r.role,
      source: r.source,
      hasPasskey: r.hasPasskey,
    })),
    total,
    admins: first?.admins ?? 0,
    withPasskey: first?.withPasskey ?? 0,
    page,
    pages: pageCount(total, MEMBERS_PER_PAGE),
  };
}
