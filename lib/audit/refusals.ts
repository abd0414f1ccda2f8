import "server-only";
import type { RefusalTarget } from "@/lib/actions/errors";
import { setResponseStatus } from "@/lib/http/request-state";
import { consumeBucketedRateLimit } from "@/lib/rate-limit/rate-limit";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import type { Actor, RequestOrigin } from "./actor";
import { recordAudit } from "./record";

export type Refusal = {
  /** The person (or, logged out, only the request's origin) that was refused. */
  actor: Actor | RequestOrigin;
  /** Why: "role", "admin:network", "group-admin", "not-owner" … (never secrets). */
  reason: string;
  /** What was attempted, e.g. the action's name; shown in the audit row's details. */
  attempted?: string;
  target?: RefusalTarget;
  /** The response's status; 403 unless told (401 for a route handler called without login). */
  status?: number;
};

/**
 * Audits a refused attempt as `access.refused` and makes the response 403. At most
 * RATE_LIMITS.refusalAuditPerCaller rows per caller (the user, else the address, else one
 * shared key for unknown addresses) per hour, so refused traffic cannot grow the table
 * without bound; beyond the cap the refusal still answers 403, it is only not written.
 */
export async function recordRefusal(refusal: Refusal): Promise<void> {
  setResponseStatus(refusal.status ?? 403);
  const { actor } = refusal;
  if (!(await withinAuditCap(actor))) return;
  await recordAudit({
    action: "access.refused",
    actor,
    targetType: refusal.target?.type,
    targetId: refusal.target?.id,
    details: { reason: refusal.reason, ...(refusal.attempted && { attempted: refusal.attempted }) },
  });
}

/**
 * Whether one more row about a failed or refused attempt by this caller may be written:
 * counts one use of RATE_LIMITS.refusalAuditPerCaller for the user, else the address.
 */
export async function withinAuditCap(
  actor: Actor | RequestOrigin,
  /** A cap of its own per kind of row, so one kind cannot use up another's. */
  kind: "refusal" | "login-failed" = "refusal",
): Promise<boolean> {
  const who = "userId" in actor ? `user:${actor.userId}` : `ip:${actor.ip ?? "unknown"}`;
  const caller = kind === "refusal" ? who : `${kind}:${who}`;
  const cap = await consumeBucketedRateLimit(RATE_LIMITS.refusalAuditPerCaller, caller);
  return cap.allowed;
}
