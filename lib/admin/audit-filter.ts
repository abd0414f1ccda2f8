import { z } from "zod";
import type { AuditFilter } from "./audit-log";

export const AUDIT_TARGET_TYPES = ["user", "group", "organisation"] as const;

/** The Oslo midnight that starts a date "YYYY-MM-DD", as an instant. */
export function osloStartOfDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const guess = new Date(Date.UTC(y, m - 1, d));
  const oslo = new Date(guess.toLocaleString("en-US", { timeZone: "Europe/Oslo" }));
  const utc = new Date(guess.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(guess.getTime() - (oslo.getTime() - utc.getTime()));
}

function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const date = z.union([z.iso.date(), z.literal("")]).optional();

/** The audit log's query string (page and CSV export): Norwegian parameter names. */
export const auditFilterSchema = z
  .object({
    handling: z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9._-]*$/i)
      .optional(),
    bruker: z.union([z.uuid(), z.literal("")]).optional(),
    utforer: z.string().trim().max(100).optional(),
    maltype: z.union([z.enum(AUDIT_TARGET_TYPES), z.literal("")]).optional(),
    mal: z.string().trim().max(100).optional(),
    fra: date,
    til: date,
    eldre: z.coerce.number().int().positive().optional(),
  })
  .refine((f) => !f.fra || !f.til || f.fra <= f.til, { path: ["til"] });

export type AuditQuery = z.infer<typeof auditFilterSchema>;

/** The query string as a filter for lib/admin/audit-log; `til` includes its whole day. */
export function auditFilterOf(query: AuditQuery): AuditFilter {
  return {
    action: query.handling || undefined,
    userId: query.bruker || undefined,
    actor: query.utforer || undefined,
    targetType: query.maltype || undefined,
    targetId: query.mal || undefined,
    from: query.fra ? osloStartOfDay(query.fra) : undefined,
    until: query.til ? osloStartOfDay(nextDate(query.til)) : undefined,
    before: query.eldre,
  };
}

/** The filter's parameters again, for links (paging, the CSV export). */
export function auditQueryString(query: AuditQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, eldre: undefined, ...extra })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params.toString();
}
