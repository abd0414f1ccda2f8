import "server-only";
import { asc, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import {
  memberGroups,
  memberships,
  notices,
  serviceGroups,
  services,
  type Notice,
  type Service,
} from "@/lib/db/schema";

/** The user's groups' ids and names. */
export async function groupsOfUser(
  userId: string,
): Promise<Array<{ id: string; name: string; slug: string }>> {
  return getDb()
    .select({ id: memberGroups.id, name: memberGroups.name, slug: memberGroups.slug })
    .from(memberships)
    .innerJoin(memberGroups, eq(memberGroups.id, memberships.groupId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberGroups.name));
}

/** Services offered to any of these groups, or to every group; none without a group. */
export async function servicesForGroups(groupIds: string[]): Promise<Service[]> {
  if (groupIds.length === 0) return [];
  const db = getDb();
  const linked = db
    .select({ id: serviceGroups.serviceId })
    .from(serviceGroups)
    .where(inArray(serviceGroups.groupId, groupIds));
  return db
    .select()
    .from(services)
    .where(or(eq(services.offeredToAll, true), inArray(services.id, linked)))
    .orderBy(asc(services.sortOrder));
}

export async function getServiceBySlug(slug: string): Promise<Service | null> {
  const [row] = await getDb().select().from(services).where(eq(services.slug, slug));
  return row ?? null;
}

/** Operational notices for everyone plus those of the user's groups, newest first. */
export async function noticesForGroups(groupIds: string[], limit = 5): Promise<Notice[]> {
  return getDb()
    .select()
    .from(notices)
    .where(
      groupIds.length
        ? or(isNull(notices.groupId), inArray(notices.groupId, groupIds))
        : isNull(notices.groupId),
    )
    .orderBy(desc(notices.publishedAt))
    .limit(limit);
}
