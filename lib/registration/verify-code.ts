import "server-only";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { emailCodes, userEmails, users } from "@/lib/db/schema";
import { joinGroupByEmail, type AutoMembershipResult } from "@/lib/membership/auto";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
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
  userId: string,
  emailId: string,
  code: string,
  ip: string | null,
): Promise<VerifyResult> {
  try {
    return await getDb().transaction(async (tx) => {
      // Serialise per account: two emails confirmed at once must not both become primary.
      await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
      const [email] = await tx
        .select()
        .from(userEmails)
        .where(and(eq(userEmails.id, emailId), eq(userEmails.userId, userId)))
        .for("update");
      if (!email || email.confirmedAt) return { ok: false, reason: "unknown-email" } as const;

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
      const audit = (action: string, details: Record<string, unknown> = {}) =>
        recordAudit(
          { action, actorUserId: userId, targetType: "email", targetId: emailId, ip, details },
          tx,
        );

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
      const [primary] = await tx
        .select({ id: userEmails.id })
        .from(userEmails)
        .where(
          and(
            eq(userEmails.userId, userId),
            eq(userEmails.isPrimary, true),
            isNotNull(userEmails.confirmedAt),
          ),
        );
      await tx
        .update(userEmails)
        .set({ confirmedAt: at, isPrimary: !primary })
        .where(eq(userEmails.id, emailId));
      const completed = await tx
        .update(users)
        .set({ registeredAt: at })
        .where(and(eq(users.id, userId), isNull(users.registeredAt), isNotNull(users.name)))
        .returning({ id: users.id });
      await audit("email.confirmed");
      const membership = await joinGroupByEmail(tx, userId, email, ip);
      return {
        ok: true,
        address: email.address,
        membership,
        completedRegistration: completed.length > 0,
      } as const;
    });
  } catch (error) {
    // Another account confirmed the same address a moment earlier.
    if (isUniqueViolation(error, "user_emails_confirmed_address"))
      return { ok: false, reason: "taken" };
    throw error;
  }
}
