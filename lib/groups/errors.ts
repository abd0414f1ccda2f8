import { AccessRefusedError, DomainError } from "@/lib/actions/errors";
import { t } from "@/lib/i18n";

export type GroupErrorCode = keyof typeof t.groups.errors;

/** A user-facing error about groups, with its Norwegian text from the catalogue. */
export function groupError(code: GroupErrorCode, field?: string): DomainError {
  return new DomainError(code, t.groups.errors[code], field);
}

/** The caller does not administer this group: audited as a refusal and answered 403. */
export function notGroupAdmin(groupId: string): AccessRefusedError {
  return new AccessRefusedError("group-admin", { type: "group", id: groupId });
}

/** True when `error` (or what it wraps) is PostgreSQL's unique violation on `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const pg = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (pg.code === "23505") {
      return pg.constraint === constraint || pg.constraint_name === constraint;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
