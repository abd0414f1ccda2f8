import "server-only";
import { and, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { emailCodes, userEmails, type UserEmail } from "@/lib/db/schema";
import { CODE_POLICY } from "./policy";

/** A code that still works: not used, not replaced, not expired, not locked by wrong tries. */
function liveCodeWhere(at: Date) {
  return and(
    isNull(emailCodes.usedAt),
    isNull(emailCodes.revokedAt),
    gt(emailCodes.expiresAt, at),
    lt(emailCodes.failedAttempts, CODE_POLICY.maxFailedAttempts),
  );
}

/** When the live code for this email was sent, or null when it has none. */
export async function liveCodeSentAt(emailId: string, db: DbOrTx = getDb()): Promise<Date | null> {
  const [row] = await db
    .select({ createdAt: emailCodes.createdAt })
    .from(emailCodes)
    .where(and(eq(emailCodes.emailId, emailId), liveCodeWhere(now())))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  return row?.createdAt ?? null;
}

export type CodeStep = { email: UserEmail; liveCode: boolean };

/**
 * The code step a person comes back to: their unconfirmed address that got a code most
 * recently (or, without any code, the newest one), and whether its code still works.
 */
export async function currentCodeStep(userId: string): Promise<CodeStep | null> {
  const newestCode = sql<Date | null>`(
    select max(${emailCodes.createdAt}) from ${emailCodes}
    where ${emailCodes.emailId} = ${userEmails.id})`;
  const [email] = await getDb()
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), isNull(userEmails.confirmedAt)))
    .orderBy(sql`${newestCode} desc nulls last`, desc(userEmails.createdAt))
    .limit(1);
  if (!email) return null;
  return { email, liveCode: (await liveCodeSentAt(email.id)) !== null };
}

/** Test hook (APP_ENV=test): the person's codes look sent (and expired) `days` ago. */
export async function backdateEmailCodes(userId: string, days: number): Promise<void> {
  const interval = `${days} days`;
  await getDb()
    .update(emailCodes)
    .set({
      createdAt: sql`${emailCodes.createdAt} - ${interval}::interval`,
      expiresAt: sql`${emailCodes.expiresAt} - ${interval}::interval`,
    })
    .where(eq(emailCodes.userId, userId));
}
