import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { auditActionLabel } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { t } from "@/lib/i18n";
import { auditEventRows, detailsText, type AuditEventRow, type AuditFilter } from "./audit-log";

/** Rows per query while streaming, and the most one export holds. */
const BATCH = 500;
export const CSV_MAX_ROWS = 100_000;

const osloTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Oslo",
  dateStyle: "short",
  timeStyle: "medium",
});

/**
 * One CSV cell, quoted. A cell that a spreadsheet would read as a formula (starting with
 * =, +, -, @, tab or carriage return) gets a leading apostrophe, so it stays text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Semicolons: what Excel with Norwegian settings expects. */
export function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(";")}\r\n`;
}

function rowCells(e: AuditEventRow): string[] {
  return [
    osloTime.format(e.at),
    auditActionLabel(e.action),
    e.action,
    e.actorUserId ? (e.actorName ?? t.admin.users.unnamed) : t.admin.audit.system,
    e.actorUserId ?? "",
    e.targetType ?? "",
    e.targetId ?? "",
    e.ip ?? "",
    detailsText(e.details),
  ];
}

/**
 * The filtered audit log as UTF-8 CSV with a BOM (so Excel reads æøå), newest first,
 * fetched and sent a batch at a time. The export itself is audited before the first byte.
 */
export async function auditCsvStream(
  actor: Actor,
  filter: AuditFilter,
  query: Record<string, unknown>,
): Promise<ReadableStream<Uint8Array>> {
  await recordAudit({
    action: "admin.audit_exported",
    actor,
    details: { filter: Object.fromEntries(Object.entries(query).filter(([, v]) => v)) },
  });
  const encoder = new TextEncoder();
  const c = t.operations.auditExport.columns;
  let before = filter.before;
  let sent = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine([...c])}`));
        return;
      }
      const size = Math.min(BATCH, CSV_MAX_ROWS - sent);
      const rows = size > 0 ? await auditEventRows({ ...filter, before }, size) : [];
      if (rows.length === 0) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(rows.map((row) => csvLine(rowCells(row))).join("")));
      sent += rows.length;
      before = rows.at(-1)!.id;
      if (rows.length < size) controller.close();
    },
  });
}
