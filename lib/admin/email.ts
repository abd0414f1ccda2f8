import "server-only";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { scheduleDelivery } from "@/lib/email/deliver";
import { requeueFailedEmail } from "@/lib/email/failed";
import { t } from "@/lib/i18n";

/** `Send på nytt`: a failed email goes back to the worker once, and the retry is audited. */
export async function retryFailedEmail(actor: Actor, outboxId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const row = await requeueFailedEmail(tx, outboxId);
    if (!row) throw new DomainError("email_not_failed", t.operations.email.notFailed);
    await recordAudit(
      {
        action: "admin.email_retried",
        actor,
        targetType: "email",
        targetId: row.id,
        details: { subject: row.subject },
      },
      tx,
    );
  });
  scheduleDelivery();
}
