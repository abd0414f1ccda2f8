import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { getDb } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";
import type { AuditAction } from "./actions";
import type { Actor, RequestOrigin } from "./actor";

export type AuditTargetType =
  | "user"
  | "email"
  | "group"
  | "organisation"
  | "join_request"
  | "passkey"
  | "notice"
  | "session"
  | "service";

export type AuditInput = {
  action: AuditAction;
  /** The person acting, or only the request's origin when nobody is logged in. */
  actor: Actor | RequestOrigin;
  targetType?: AuditTargetType;
  targetId?: string;
  /** Never codes, tokens or national identity numbers. */
  details?: Record<string, unknown>;
};

/** The row an audit event is stored as (for a statement that writes it alongside others). */
export function auditRow(event: AuditInput): typeof auditEvents.$inferInsert {
  return {
    action: event.action,
    actorUserId: "userId" in event.actor ? event.actor.userId : null,
    targetType: event.targetType,
    targetId: event.targetId,
    ip: event.actor.ip,
    details: event.details ?? {},
  };
}

/**
 * An audit event written only if the statement's CTE `source` produced a row: one
 * statement does the change and records it, or does neither.
 */
export function auditIfAny(source: string, event: AuditInput): SQL {
  const row = auditRow(event);
  return sql`insert into ${auditEvents} (actor_user_id, action, target_type, target_id, ip, details)
    select ${row.actorUserId}::uuid, ${row.action}, ${row.targetType ?? null}, ${row.targetId ?? null},
      ${row.ip ?? null}, ${JSON.stringify(row.details ?? {})}::jsonb
    from ${sql.identifier(source)} limit 1`;
}

/** Appends one audit event; pass the transaction when it belongs to a change. */
export async function recordAudit(event: AuditInput, db: DbOrTx = getDb()): Promise<void> {
  await db.insert(auditEvents).values(auditRow(event));
}
