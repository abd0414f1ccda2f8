import "server-only";
import { and, desc, eq, like, lt, or, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditEvents, users } from "@/lib/db/schema";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = { action?: string; userId?: string; before?: number };

/** Audit events, newest first; `userId` matches the actor or the target user. */
export async function listAuditEvents(filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.action) {
    conditions.push(like(auditEvents.action, `${filter.action.replace(/[\\%_]/g, "\\$&")}%`));
  }
  if (filter.userId) {
    conditions.push(
      or(
        eq(auditEvents.actorUserId, filter.userId),
        and(eq(auditEvents.targetType, "user"), eq(auditEvents.targetId, filter.userId)),
      )!,
    );
  }
  if (filter.before) conditions.push(lt(auditEvents.id, filter.before));
  const rows = await getDb()
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      ip: auditEvents.ip,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return { events: page, olderBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null };
}

/** Details as plain "key=value" text; values are JSON so nothing is ever read as markup. */
export function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" ");
}
