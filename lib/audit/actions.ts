import { t, type Messages } from "@/lib/i18n";

/** An action the audit log knows; the catalogue's labels are the one list. */
export type AuditAction = keyof Messages["audit"]["actions"];

export const AUDIT_ACTIONS = Object.keys(t.audit.actions) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(t.audit.actions, value);
}

/** The Norwegian label of an action; a row written by an older version shows its raw name. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? t.audit.actions[action] : action;
}
