import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";

export type FailedEmail = {
  id: string;
  toAddress: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
};

/** Emails the worker gave up on, newest first: support decides whether to send them again. */
export async function listFailedEmails(limit = 100, db: DbOrTx = getDb()): Promise<FailedEmail[]> {
  return db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, "failed"))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}

/**
 * Puts a failed email back in the queue with a fresh set of attempts, due now. Only a row
 * still `failed` changes, so a double press or two support staff queue it once; the
 * idempotency key keeps the provider from sending it twice. Null when it was not failed.
 */
export async function requeueFailedEmail(
  tx: DbOrTx,
  id: string,
): Promise<{ id: string; subject: string } | null> {
  const [row] = await tx
    .update(emailOutbox)
    .set({
      status: "pending",
      attempts: 0,
      nextAttemptAt: now(),
      leaseToken: null,
      lastError: null,
    })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "failed")))
    .returning({ id: emailOutbox.id, subject: emailOutbox.subject });
  return row ?? null;
}
