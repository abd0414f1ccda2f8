import "server-only";
import type { DbOrTx } from "@/lib/db/client";
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
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey });
}
