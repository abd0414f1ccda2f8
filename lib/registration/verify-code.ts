import "server-only";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Actor } from "@/lib/audit/actor";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { emailCodes, userEmails, users } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { markEmailConfirmed } from "@/lib/emails/changes";
import { ownEmailOrRefuse, primaryConfirmedEmail } from "@/lib/emails/queries";
import { isReconfirmationDue } from "@/lib/emails/reconfirm-policy";
import { joinGroupByEmail, type AutoMembershipResult } from "@/lib/membership/auto";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { recordSecurityEvent } from "@/lib/security-events/record";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { codeMatches } from "./code-crypto";
import { CODE_POLICY } from "./policy";

export type VerifyResult =
  | { ok: true; address: string; membership: AutoMembershipResult; completedRegistration: boolean }
  | {
      ok: false;
      reason:
        "wrong" | "locked" | "expired" | "no-code" | "taken" | "attempt-limit" | "unknown-email";
      remaining?: number;
    };

/**
 * Checks a code for one of the user's emails. A wrong guess is counted and committed;
 * the fifth kills the code. A right one confirms the email, finishes registration and
 * joins the domain's group, all in one transaction.
 */
export async function verifyEmailCode(
  actor: Actor,
  emailId: string,
  code: string,
): Promise<VerifyResult> {
  const userId = actor.userId;
  try {
    const result = await getDb().transaction(async (tx): Promise<VerifyResult> => {
      // Serialise per account: two emails confirmed at once must not both become primary.
      await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
      const [email] = await tx
        .select()
        .from(userEmails)
        .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, userId)))
        .for("update");
      if (!email) await ownEmailOrRefuse(userId, emailId, tx);
      // A confirmed address takes a code only while its yearly re-confirmation is due.
      const renewing = email?.confirmedAt != null;
      if (!email || (renewing && !isReconfirmationDue(email, now()))) {
        return { ok: false, reason: "unknown-email" } as const;
      }

      if (!(await consumeRateLimit(RATE_LIMITS.codeAttemptsPerUser, userId, tx)).allowed) {
        return { ok: false, reason: "attempt-limit" } as const;
      }
      const [active] = await tx
        .select()
        .from(emailCodes)
        .where(
          and(
            eq(emailCodes.emailId, emailId),
            eq(emailCodes.userId, userId),
            isNull(emailCodes.usedAt),
            isNull(emailCodes.revokedAt),
          ),
        )
        .orderBy(desc(emailCodes.createdAt))
        .limit(1)
        .for("update");
      const at = now();
      const audit = (action: AuditAction, details: Record<string, unknown> = {}) =>
        recordAudit({ action, actor, targetType: "email", targetId: emailId, details }, tx);

      if (!active) return { ok: false, reason: "no-code" } as const;
      if (active.failedAttempts >= CODE_POLICY.maxFailedAttempts) {
        return { ok: false, reason: "locked" } as const;
      }
      if (at >= active.expiresAt) {
        await audit("email_code.failed", { reason: "expired" });
        return { ok: false, reason: "expired" } as const;
      }
      if (!codeMatches(emailId, code, active.codeHash)) {
        const failed = active.failedAttempts + 1;
        await tx
          .update(emailCodes)
          .set({ failedAttempts: failed })
          .where(eq(emailCodes.id, active.id));
        if (failed >= CODE_POLICY.maxFailedAttempts) {
          await audit("email_code.locked");
          return { ok: false, reason: "locked" } as const;
        }
        await audit("email_code.failed", { reason: "wrong", attempt: failed });
        return {
          ok: false,
          reason: "wrong",
          remaining: CODE_POLICY.maxFailedAttempts - failed,
        } as const;
      }

      await tx.update(emailCodes).set({ usedAt: at }).where(eq(emailCodes.id, active.id));
      if (renewing) {
        await markEmailConfirmed(tx, email, at);
        await audit("email.reconfirmed");
        const membership = await joinGroupByEmail(tx, actor, email);
        return { ok: true, address: email.address, membership, completedRegistration: false };
      }
      // A second address is a change to the account's security; the first is registration.
      const hadConfirmed = (await primaryConfirmedEmail(userId, tx)) !== null;
      await markEmailConfirmed(tx, email, at);
      if (email.reconfirmDueAt) await audit("email.reconfirmed", { afterLapse: true });
      if (hadConfirmed) {
        await recordSecurityEvent(tx, {
          userId,
          kind: "email.added",
          actor,
          details: { address: email.address },
        });
      }
      const completed = await tx
        .update(users)
        .set({ registeredAt: at })
        .where(and(eq(users.id, userId), isNull(users.registeredAt), isNotNull(users.name)))
        .returning({ id: users.id });
      await audit("email.confirmed");
      const membership = await joinGroupByEmail(tx, actor, email);
      return {
        ok: true,
        address: email.address,
        membership,
        completedRegistration: completed.length > 0,
      } as const;
    });
    if (result.ok) scheduleDelivery();
    return result;
  } catch (error) {
    // Another account confirmed the same address a moment earlier.
    if (isUniqueViolation(error, "user_emails_confirmed_address"))
      return { ok: false, reason: "taken" };
    throw error;
  }
}
