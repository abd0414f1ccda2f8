import "server-only";
import { createElement } from "react";
import type { Actor } from "@/lib/audit/actor";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db/client";
import { securityEvents } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { SecurityNotice } from "@/lib/email/templates/security-notice";
import { emailRecipient } from "@/lib/emails/queries";
import { formatLongDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { withLocale } from "@/lib/i18n/with-locale";
import { describeUserAgent } from "@/lib/user-agent/describe";
import type { SecurityEventKind } from "./kinds";

export type SecurityEventInput = {
  /** Whose security changed. */
  userId: string;
  kind: SecurityEventKind;
  /** Who made the change: the person, or support (then no browser is named). */
  actor: Actor;
  /** What the person needs to recognise it; never codes, tokens or identity numbers. */
  details?: Record<string, string>;
  /** Besides the primary address, e.g. the address that was removed or the old primary. */
  alsoTo?: Array<string | null | undefined>;
};

/**
 * Records a change to a person's own security for Min profil and emails them about it, in the
 * transaction of the change (the outbox delivers after commit; call scheduleDelivery then).
 */
export async function recordSecurityEvent(tx: Tx, input: SecurityEventInput): Promise<void> {
  const at = now();
  const bySupport = input.actor.userId !== input.userId;
  // Kept as the User-Agent and described when read, in the reader's language.
  const userAgent = bySupport ? null : (input.actor.userAgent?.slice(0, 300) ?? null);
  const details = input.details ?? {};
  const [event] = await tx
    .insert(securityEvents)
    .values({ userId: input.userId, kind: input.kind, at, userAgent, bySupport, details })
    .returning({ id: securityEvents.id });

  const { address: primary, locale } = await emailRecipient(input.userId, tx);
  const recipients = [
    ...new Set([primary, ...(input.alsoTo ?? [])].filter((a): a is string => !!a)),
  ];
  if (recipients.length === 0) return;
  // Every address is the person's own: one email in their language.
  const email = await withLocale(locale, async () => ({
    subject: t.security.kinds[input.kind].subject,
    ...(await renderEmail(
      createElement(SecurityNotice, {
        kind: input.kind,
        details,
        when: formatLongDateTime(at),
        browser: userAgent ? describeUserAgent(userAgent) : null,
        bySupport,
      }),
    )),
  }));
  for (const to of recipients) {
    await enqueueEmail(tx, { to, ...email, idempotencyKey: `security:${event!.id}:${to}` });
  }
}
