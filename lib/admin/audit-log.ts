import "server-only";
import { and, desc, eq, gte, ilike, like, lt, or, type SQL } from "drizzle-orm";
import { isAuditAction } from "@/lib/audit/actions";
import { getDb } from "@/lib/db/client";
import { auditEvents, users } from "@/lib/db/schema";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilter = {
  /** A typed action matches exactly; anything else as a prefix ("admin."). */
  action?: string;
  /** Matches the actor or the target user. */
  userId?: string;
  /** The actor: a user id, or part of the actor's name. */
  actor?: string;
  targetType?: "user" | "group" | "organisation";
  targetId?: string;
  from?: Date;
  /** Exclusive. */
  until?: Date;
  before?: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const escapeLike = (value: string) => value.replace(/[\\%_]/g, "\\$&");

/** The WHERE conditions of a filter; the page and the CSV export use the same. */
export function auditConditions(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.action) {
    conditions.push(
      isAuditAction(filter.action)
        ? eq(auditEvents.action, filter.action)
        : like(auditEvents.action, `${escapeLike(filter.action)}%`),
    );
  }
  if (filter.userId) {
    conditions.push(
      or(
        eq(auditEvents.actorUserId, filter.userId),
        and(eq(auditEvents.targetType, "user"), eq(auditEvents.targetId, filter.userId)),
      )!,
    );
  }
  if (filter.actor) {
    conditions.push(
      UUID.test(filter.actor)
        ? eq(auditEvents.actorUserId, filter.actor)
        : ilike(users.name, `%${escapeLike(filter.actor)}%`),
    );
  }
  if (filter.targetType) conditions.push(eq(auditEvents.targetType, filter.targetType));
  if (filter.targetId) conditions.push(eq(auditEvents.targetId, filter.targetId));
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.until) conditions.push(lt(auditEvents.at, filter.until));
  if (filter.before) conditions.push(lt(auditEvents.id, filter.before));
  return conditions.length ? and(...conditions) : undefined;
}

/** Up to `limit` events, newest first, with the actor's name. */
export async function auditEventRows(filter: AuditFilter, limit: number) {
  return getDb()
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
    .where(auditConditions(filter))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}

export type AuditEventRow = Awaited<ReturnType<typeof auditEventRows>>[number];

/** Audit events, newest first, a page at a time. */
export async function listAuditEvents(filter: AuditFilter) {
  const rows = await auditEventRows(filter, AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return { events: page, olderBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null };
}

/** Details as plain "key=value" text; values are JSON so nothing is ever read as markup. */
export function detailsText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" ");
}
