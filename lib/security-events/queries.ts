import "server-only";
import { and, desc, eq, gt, lt } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { securityEvents, type SecurityEvent } from "@/lib/db/schema";
import { SECURITY_HISTORY_SECONDS } from "./policy";
import { describeUserAgent } from "@/lib/user-agent/describe";

const SHOWN = 50;

/** The person's own security changes of the last 90 days, newest first. */
export async function recentSecurityEvents(userId: string): Promise<SecurityEvent[]> {
  return getDb()
    .select()
    .from(securityEvents)
    .where(
      and(
        eq(securityEvents.userId, userId),
        gt(securityEvents.at, addSeconds(now(), -SECURITY_HISTORY_SECONDS)),
      ),
    )
    .orderBy(desc(securityEvents.at))
    .limit(SHOWN);
}

/** Housekeeping: the history is for the last 90 days (the audit log keeps the record). */
export async function deleteOldSecurityEvents(): Promise<void> {
  await getDb()
    .delete(securityEvents)
    .where(lt(securityEvents.at, addSeconds(now(), -SECURITY_HISTORY_SECONDS)));
}

/**
 * "Chrome on Windows" for an event, in the reader's language; rows written before the
 * User-Agent was kept have only the label of their time.
 */
export function browserOf(event: { userAgent: string | null; browser: string | null }) {
  return event.userAgent ? describeUserAgent(event.userAgent) : event.browser;
}
