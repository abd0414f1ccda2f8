import "server-only";
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

/** Appends one audit event; pass the transaction when it belongs to a change. */
export async function recordAudit(event: AuditInput, db: DbOrTx = getDb()): Promise<void> {
  await db.insert(auditEvents).values({
    action: event.action,
    actorUserId: "userId" in event.actor ? event.actor.userId : null,
    targetType: event.targetType,
    targetId: event.targetId,
    ip: event.actor.ip,
    details: event.details ?? {},
  });
}
