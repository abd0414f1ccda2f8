import "server-only";
import { sql } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { auditEvents, emailOutbox, joinRequests, users } from "@/lib/db/schema";

export type SupportOverview = {
  newUsers: number;
  codesSent: number;
  failedCodeChecks: number;
  failedLogins: number;
  failedEmails: number;
  pendingRequests: number;
  /** When the oldest pending request was sent; null without any. */
  oldestRequestAt: Date | null;
};

/** The support overview's counts for the last 24 hours, in one statement. */
export async function readSupportOverview(at: Date = now()): Promise<SupportOverview> {
  const since = sql`${addSeconds(at, -24 * 3600).toISOString()}::timestamptz`;
  const events = (action: string) =>
    sql<number>`(
    select count(*) from ${auditEvents}
    where ${auditEvents.action} = ${action} and ${auditEvents.at} >= ${since})`.mapWith(Number);
  const [row] = await getDb()
    .select({
      newUsers: sql<number>`(
        select count(*) from ${users} where ${users.createdAt} >= ${since})`.mapWith(Number),
      codesSent: events("email_code.sent"),
      failedCodeChecks: events("email_code.failed"),
      failedLogins: events("login.failed"),
      failedEmails: sql<number>`(
        select count(*) from ${emailOutbox}
        where ${emailOutbox.status} = 'failed' and ${emailOutbox.createdAt} >= ${since})`.mapWith(
        Number,
      ),
      pendingRequests: sql<number>`(
        select count(*) from ${joinRequests} where ${joinRequests.status} = 'pending')`.mapWith(
        Number,
      ),
      oldestRequestAt: sql<string | null>`(
        select min(${joinRequests.createdAt}) from ${joinRequests}
        where ${joinRequests.status} = 'pending')`,
    })
    .from(sql`(select 1) as one`);
  return { ...row!, oldestRequestAt: row!.oldestRequestAt ? new Date(row!.oldestRequestAt) : null };
}
