import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { joinRequests, memberGroups, memberships, users } from "@/lib/db/schema";

export type PendingRequestRow = {
  id: string;
  createdAt: Date;
  requesterName: string | null;
  message: string | null;
  groupId: string;
  groupName: string;
  groupSlug: string;
  /** The group's admins' names; empty: nobody can decide but support (flagged). */
  admins: string[];
};

/** Pending requests across all groups, oldest first; `olderThanDays` keeps only older ones. */
export async function listAllPendingRequests(
  olderThanDays: number | null,
  at: Date = now(),
  limit = 200,
): Promise<PendingRequestRow[]> {
  const before = addSeconds(at, -(olderThanDays ?? 0) * 86_400).toISOString();
  const rows = await getDb()
    .select({
      id: joinRequests.id,
      createdAt: joinRequests.createdAt,
      requesterName: users.name,
      message: joinRequests.message,
      groupId: memberGroups.id,
      groupName: memberGroups.name,
      groupSlug: memberGroups.slug,
      admins: sql<string[]>`(
        select coalesce(json_agg(coalesce(au.name, '') order by au.name), '[]')
        from ${memberships} m join ${users} au on au.id = m.user_id
        where m.group_id = ${memberGroups.id} and m.role = 'admin')`,
    })
    .from(joinRequests)
    .innerJoin(memberGroups, eq(memberGroups.id, joinRequests.groupId))
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(
      and(
        eq(joinRequests.status, "pending"),
        sql`${joinRequests.createdAt} <= ${before}::timestamptz`,
      ),
    )
    .orderBy(asc(joinRequests.createdAt))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    admins: typeof r.admins === "string" ? (JSON.parse(r.admins) as string[]) : r.admins,
  }));
}

/** Who sent a request support has decided, and the decision; null for one still pending. */
export async function decidedRequest(
  id: string,
): Promise<{ requesterName: string | null; status: "approved" | "rejected" } | null> {
  const [row] = await getDb()
    .select({ requesterName: users.name, status: joinRequests.status })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(eq(joinRequests.id, id));
  if (!row || (row.status !== "approved" && row.status !== "rejected")) return null;
  return { requesterName: row.requesterName, status: row.status };
}
