import "server-only";
import { and, desc, eq, isNotNull, isNull, ne } from "drizzle-orm";
import { createElement } from "react";
import { DomainError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import { addSeconds, now } from "@/lib/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { emailCodes, userEmails, users } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { ConfirmEmail } from "@/lib/email/templates/confirm-email";
import { t } from "@/lib/i18n";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { generateCode, hashCode } from "./code-crypto";
import { CODE_POLICY } from "./policy";

const errors = t.registration.errors;

export type CodeSent = { emailId: string; address: string; expiresAt: Date; resendAt: Date };

/** The user's unconfirmed email row for this address, created if new. Refuses taken addresses. */
async function pendingEmailRow(tx: Tx, userId: string, address: string) {
  const [takenByOther] = await tx
    .select({ id: userEmails.id })
    .from(userEmails)
    .where(
      and(
        eq(userEmails.address, address),
        isNotNull(userEmails.confirmedAt),
        ne(userEmails.userId, userId),
      ),
    );
  if (takenByOther) throw new DomainError("email_taken", errors.emailTaken, "email");
  await tx.insert(userEmails).values({ userId, address }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), eq(userEmails.address, address)));
  if (row!.confirmedAt)
    throw new DomainError("already_confirmed", errors.alreadyConfirmed, "email");
  return row!;
}

/**
 * Sends a new 6-digit code for `address` (10 minutes, single use). The old code dies.
 * Cooldown 60 s, and hourly caps per address and per account, all counted in PostgreSQL.
 */
export async function requestEmailCode(
  userId: string,
  address: string,
  ip: string | null,
): Promise<CodeSent> {
  const sent = await getDb().transaction(async (tx) => {
    // One code request per account at a time: the cooldown check below cannot race.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    const email = await pendingEmailRow(tx, userId, address);
    const at = now();

    const [latest] = await tx
      .select({ createdAt: emailCodes.createdAt })
      .from(emailCodes)
      .where(eq(emailCodes.emailId, email.id))
      .orderBy(desc(emailCodes.createdAt))
      .limit(1);
    if (latest) {
      const wait =
        CODE_POLICY.resendCooldownSeconds - (at.getTime() - latest.createdAt.getTime()) / 1000;
      if (wait > 0) throw new DomainError("cooldown", errors.cooldown(Math.ceil(wait)));
    }
    if (!(await consumeRateLimit(RATE_LIMITS.emailCodePerAddress, address, tx)).allowed) {
      throw new DomainError("address_limit", errors.addressLimit);
    }
    if (!(await consumeRateLimit(RATE_LIMITS.emailCodePerUser, userId, tx)).allowed) {
      throw new DomainError("user_limit", errors.userLimit);
    }

    await tx
      .update(emailCodes)
      .set({ revokedAt: at })
      .where(
        and(
          eq(emailCodes.emailId, email.id),
          isNull(emailCodes.usedAt),
          isNull(emailCodes.revokedAt),
        ),
      );
    const code = generateCode();
    const expiresAt = addSeconds(at, CODE_POLICY.lifetimeSeconds);
    const [row] = await tx
      .insert(emailCodes)
      .values({
        userId,
        emailId: email.id,
        codeHash: hashCode(email.id, code),
        expiresAt,
        createdAt: at,
      })
      .returning({ id: emailCodes.id });

    const body = await renderEmail(
      createElement(ConfirmEmail, { code, minutes: CODE_POLICY.lifetimeSeconds / 60 }),
    );
    await enqueueEmail(tx, {
      to: address,
      subject: t.registration.email.subject,
      ...body,
      idempotencyKey: `email-code:${row!.id}`,
    });
    await recordAudit(
      {
        action: "email_code.sent",
        actorUserId: userId,
        targetType: "email",
        targetId: email.id,
        ip,
      },
      tx,
    );
    return {
      emailId: email.id,
      address,
      expiresAt,
      resendAt: addSeconds(at, CODE_POLICY.resendCooldownSeconds),
    };
  });
  scheduleDelivery();
  return sent;
}
