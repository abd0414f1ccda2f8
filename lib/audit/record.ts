import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";

export type AuditInput = {
  action: string;
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  /** Never codes, tokens or national identity numbers. */
  details?: Record<string, unknown>;
};

/** Appends one audit event; pass the transaction when it belongs to a change. */
export async function recordAudit(event: AuditInput, db: DbOrTx = getDb()): Promise<void> {
  await db.insert(auditEvents).values({
    action: event.action,
    actorUserId: event.actorUserId ?? null,
    targetType: event.targetType,
    targetId: event.targetId,
    ip: event.ip ?? null,
    details: event.details ?? {},
  });
}
