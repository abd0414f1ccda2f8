import "server-only";
import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { memberships, notices } from "@/lib/db/schema";
import { activeNotice } from "./schedule";

/** Active critical notices for everyone and for the user's groups, newest first. */
export async function activeCriticalNotices(userId: string, at: Date = now()) {
  const db = getDb();
  const myGroups = db
    .select({ id: memberships.groupId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  return db
    .select({ id: notices.id, title: notices.title, body: notices.body })
    .from(notices)
    .where(
      and(
        eq(notices.severity, "critical"),
        activeNotice(at),
        or(isNull(notices.groupId), inArray(notices.groupId, myGroups)),
      ),
    )
    .orderBy(desc(notices.visibleFrom))
    .limit(3);
}
