import { and, gt, isNull, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import { notices } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { fromOsloWallTime } from "./oslo-time";

export const SEVERITIES = ["info", "warning", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

const e = t.operations.notices.errors;
const wallTime = z
  .string()
  .trim()
  .optional()
  .default("")
  .refine((v) => v === "" || fromOsloWallTime(v) !== null, { error: () => e.timeInvalid });

/** Title, text, severity and schedule of a notice; the times are Oslo wall-clock time. */
export const noticeFieldsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: () => t.admin.notices.errors.titleRequired })
    .max(120, { error: () => t.admin.notices.errors.titleTooLong }),
  body: z
    .string()
    .trim()
    .min(1, { error: () => t.admin.notices.errors.bodyRequired })
    .max(2000, { error: () => t.admin.notices.errors.bodyTooLong }),
  severity: z
    .enum(SEVERITIES, { error: () => e.severity })
    .optional()
    .default("info"),
  visibleFrom: wallTime,
  visibleUntil: wallTime,
});

export type NoticeFields = z.infer<typeof noticeFieldsSchema>;

/** The schedule as instants: from defaults to now; until must come after from. */
export function noticeWindow(
  fields: Pick<NoticeFields, "visibleFrom" | "visibleUntil">,
  at: Date,
): { visibleFrom: Date; visibleUntil: Date | null } | { error: string } {
  const visibleFrom = fields.visibleFrom ? fromOsloWallTime(fields.visibleFrom)! : at;
  const visibleUntil = fields.visibleUntil ? fromOsloWallTime(fields.visibleUntil)! : null;
  if (visibleUntil && visibleUntil <= visibleFrom) return { error: e.untilBeforeFrom };
  if (visibleUntil && visibleUntil <= at) return { error: e.untilPast };
  return { visibleFrom, visibleUntil };
}

/** Shown now: started and not ended. */
export function activeNotice(at: Date) {
  return and(
    lte(notices.visibleFrom, at),
    or(isNull(notices.visibleUntil), gt(notices.visibleUntil, at)),
  )!;
}

/** Most severe first. */
export const severityRank = sql<number>`case ${notices.severity} when 'critical' then 0 when 'warning' then 1 else 2 end`;
