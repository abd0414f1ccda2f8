import "server-only";
import { count, inArray } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Unique per logical email; a retry of the same change never sends twice. */
  idempotencyKey: string;
};

/**
 * Writes an email to the outbox. Call it inside the transaction of the change that
 * causes it: the email exists exactly when the change does. Delivery happens after commit.
 */
export async function enqueueEmail(tx: DbOrTx, email: OutgoingEmail): Promise<void> {
  await tx
    .insert(emailOutbox)
    .values({
      toAddress: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      idempotencyKey: email.idempotencyKey,
      // The app's clock, as the worker's claim uses: PostgreSQL's now() has microseconds and
      // could be a hair later than the worker's "now", leaving a new email for the next poll.
      nextAttemptAt: now(),
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey });
}

/** Emails waiting to go (pending, or being sent right now): the health check reports it. */
export async function outboxBacklog(db: DbOrTx = getDb()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(emailOutbox)
    .where(inArray(emailOutbox.status, ["pending", "sending"]));
  return row?.n ?? 0;
}
