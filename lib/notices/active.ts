import "server-only";
import { and, desc, eq, inArray, isNull, or, type SQL, type SQLWrapper } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { memberships, notices } from "@/lib/db/schema";
import { activeNotice } from "./schedule";

export type CriticalNotice = { id: string; title: string; body: string };

/** At most this many critical notices at the top of a page. */
export const CRITICAL_NOTICES = 3;

/**
 * Active critical notices for everyone and for the groups of `userId` (a value, or a column
 * such as sessions.user_id when another statement carries this one).
 */
export function criticalNoticesFor(userId: string | SQLWrapper, at: Date): SQL {
  const myGroups = getDb()
    .select({ id: memberships.groupId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return and(
    eq(notices.severity, "critical"),
    activeNotice(at),
    or(isNull(notices.groupId), inArray(notices.groupId, myGroups)),
  )!;
}

/** Active critical notices for everyone and for the user's groups, newest first. */
export async function activeCriticalNotices(
  userId: string,
  at: Date = now(),
): Promise<CriticalNotice[]> {
  return getDb()
    .select({ id: notices.id, title: notices.title, body: notices.body })
    .from(notices)
    .where(criticalNoticesFor(userId, at))
    .orderBy(desc(notices.visibleFrom))
    .limit(CRITICAL_NOTICES);
}
