import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { createElement } from "react";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { addSeconds, now } from "@/lib/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { emailCodes, users, type UserEmail } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { addPendingEmail, isConfirmedByAnother } from "@/lib/emails/changes";
import { renderEmail } from "@/lib/email/render";
import { ConfirmEmail } from "@/lib/email/templates/confirm-email";
import { EmailInUse } from "@/lib/email/templates/email-in-use";
import { t } from "@/lib/i18n";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { withLocale } from "@/lib/i18n/with-locale";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { generateCode, hashCode, unguessableCodeHash } from "./code-crypto";
import { liveCodeSentAt } from "./code-step";
import { CODE_POLICY } from "./policy";

const errors = t.registration.errors;

export type CodeSent = {
  emailId: string;
  address: string;
  /** When a new code may be asked for. */
  resendAt: Date;
  /** True when the address's code still worked and none was sent (keepLiveCode). */
  kept: boolean;
};

type Options = {
  /**
   * `Send kode` on the first step: when this address already has a code that works, keep it
   * (it may be in the inbox already) instead of sending a new one. `Send kode på nytt` replaces.
   */
  keepLiveCode?: boolean;
  /** Support sends the code for the user (issue 9): the audit row names support as actor. */
  sentBy?: Actor;
};

/**
 * Sends a new 6-digit code for `address` (10 minutes, single use). The old code dies.
 * Cooldown 60 s, and hourly caps per address and per account, all counted in PostgreSQL.
 *
 * An address another account has confirmed goes through the same steps, caps and answer
 * (no account enumeration), but its email says the address is in use and carries no code,
 * and the stored code row can match no code a person types.
 */
export async function requestEmailCode(
  actor: Actor,
  address: string,
  options: Options = {},
): Promise<CodeSent> {
  const userId = actor.userId;
  const sent = await getDb().transaction(async (tx): Promise<CodeSent> => {
    // One code request per account at a time: the cooldown check below cannot race.
    const [user] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    const email = await addPendingEmail(tx, userId, address);
    const inUse = await isConfirmedByAnother(tx, userId, address);
    const liveSince = options.keepLiveCode ? await liveCodeSentAt(email.id, tx) : null;
    if (liveSince) {
      const resendAt = addSeconds(liveSince, CODE_POLICY.resendCooldownSeconds);
      return { emailId: email.id, address, resendAt, kept: true };
    }
    return issueCode(tx, actor, email, {
      inUse,
      locale: user?.locale ?? DEFAULT_LOCALE,
      sentBy: options.sentBy,
    });
  });
  if (!sent.kept) scheduleDelivery();
  return sent;
}

/**
 * A code to confirm again one of the caller's confirmed addresses (the yearly
 * re-confirmation); the caller has checked that it is due. Same rules as any code.
 */
export async function requestReconfirmationCode(
  actor: Actor,
  email: Pick<UserEmail, "id" | "address">,
): Promise<CodeSent> {
  const sent = await getDb().transaction(async (tx): Promise<CodeSent> => {
    const [user] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for("update");
    return issueCode(tx, actor, email, { inUse: false, locale: user?.locale ?? DEFAULT_LOCALE });
  });
  scheduleDelivery();
  return sent;
}

type Issue = {
  /** The address is confirmed on another account, so the email says so instead. */
  inUse: boolean;
  /** The account holder's language (users.locale): the email is written in it. */
  locale: Locale;
  sentBy?: Actor;
};

/**
 * Sends a new code for one of the caller's addresses inside their locked transaction: the
 * cooldown and the hourly caps first, then the old code dies and the new one is queued.
 */
async function issueCode(
  tx: Tx,
  actor: Actor,
  email: Pick<UserEmail, "id" | "address">,
  { inUse, locale, sentBy }: Issue,
): Promise<CodeSent> {
  const { userId } = actor;
  const { address } = email;
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
      codeHash: inUse ? unguessableCodeHash(email.id) : hashCode(email.id, code),
      expiresAt,
      createdAt: at,
    })
    .returning({ id: emailCodes.id });

  const message = await withLocale(locale, async () => ({
    subject: t.registration.email.subject,
    ...(await renderEmail(
      inUse ? createElement(EmailInUse) : createElement(ConfirmEmail, { code }),
    )),
  }));
  await enqueueEmail(tx, {
    to: address,
    ...message,
    idempotencyKey: `email-code:${row!.id}`,
  });
  await recordAudit(
    sentBy
      ? {
          action: "admin.email_code_resent",
          actor: sentBy,
          targetType: "email",
          targetId: email.id,
          details: { userId, ...(inUse ? { withheld: true } : {}) },
        }
      : {
          action: inUse ? "email_code.withheld" : "email_code.sent",
          actor,
          targetType: "email",
          targetId: email.id,
        },
    tx,
  );
  const resendAt = addSeconds(at, CODE_POLICY.resendCooldownSeconds);
  return { emailId: email.id, address, resendAt, kept: false };
}

/** When a new code may be asked for: 60 seconds after the newest one. */
export async function resendAvailableAt(emailId: string): Promise<Date | null> {
  const [latest] = await getDb()
    .select({ createdAt: emailCodes.createdAt })
    .from(emailCodes)
    .where(eq(emailCodes.emailId, emailId))
    .orderBy(desc(emailCodes.createdAt))
    .limit(1);
  return latest ? addSeconds(latest.createdAt, CODE_POLICY.resendCooldownSeconds) : null;
}
