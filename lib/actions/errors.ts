import type { AuditTargetType } from "@/lib/audit/record";
import { t } from "@/lib/i18n";

/**
 * An error the user can act on. `message` is Norwegian text from the catalogue; the
 * action wrapper shows it. Anything else is logged and shown as a generic message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Where a refused attempt pointed: what the audit row names as its target. */
export type RefusalTarget = { type: AuditTargetType; id: string };

/**
 * The caller may not do this (missing role, another group's admin, a forged id). The action
 * wrapper audits it as `access.refused`, answers 403 and shows the catalogue's message.
 */
export class AccessRefusedError extends DomainError {
  constructor(
    readonly reason: string,
    readonly target?: RefusalTarget,
  ) {
    super("forbidden", t.common.errors.forbidden);
    this.name = "AccessRefusedError";
  }
}
