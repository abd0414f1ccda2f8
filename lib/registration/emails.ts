import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { addSeconds } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { emailCodes, userEmails, type UserEmail } from "@/lib/db/schema";
import { CODE_POLICY } from "./policy";

/** One of the user's emails, or null when it is not theirs. */
export async function getOwnEmail(userId: string, emailId: string): Promise<UserEmail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(emailId)) return null;
  const [row] = await getDb()
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, userId)));
  return row ?? null;
}

export async function listOwnEmails(userId: string): Promise<UserEmail[]> {
  return getDb()
    .select()
    .from(userEmails)
    .where(eq(userEmails.userId, userId))
    .orderBy(desc(userEmails.isPrimary), asc(userEmails.createdAt));
}

/** The user's newest unconfirmed address, to prefill a form they come back to. */
export async function latestPendingEmail(userId: string): Promise<UserEmail | null> {
  const [row] = await getDb()
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), isNull(userEmails.confirmedAt)))
    .orderBy(desc(userEmails.createdAt))
    .limit(1);
  return row ?? null;
}

/** When a new code may be asked for: 60 seconds after the newest one. */
export async function resendAvailableAt(emailId: string): Promise<Date | null> {
  const [latest] = await getDb()
    .select({ createdAt: emailCodes.createdAt })
    .from(emailCodes)
    .where(eq(emailCodes.emailId, emailId))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  return latest ? addSeconds(latest.createdAt, CODE_POLICY.resendCooldownSeconds) : null;
}

/** The user's own row for an address, confirmed or not. */
export async function findOwnEmailByAddress(
  userId: string,
  address: string,
): Promise<UserEmail | null> {
  const [row] = await getDb()
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), eq(userEmails.address, address)));
  return row ?? null;
}
