import "server-only";
import { and, inArray, isNotNull } from "drizzle-orm";
import { Resend } from "resend";
import { z } from "zod";
import type { RequestOrigin } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { config } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { userEmails, webhookReceipts } from "@/lib/db/schema";
import { startReconfirmation } from "@/lib/emails/reconfirmation";

/** What the webhook route answers; nothing is stored unless `status` is 200. */
export type WebhookOutcome = {
  status: 200 | 400 | 401 | 404 | 409;
  /** Addresses whose re-confirmation started. */
  started?: number;
};

const eventSchema = z.object({
  type: z.string(),
  data: z
    .object({
      to: z.array(z.string()).default([]),
      bounce: z.object({ type: z.string() }).partial().optional(),
    })
    .loose(),
});

/**
 * Resend's webhook (signed as Resend documents it: Svix headers, HMAC-SHA256 over
 * `id.timestamp.body`, at most five minutes old). A hard bounce or a complaint on a confirmed
 * address starts its re-confirmation at once. Each delivery id is handled once: a replay is
 * refused with 409 and changes nothing.
 */
export async function handleResendWebhook(
  payload: string,
  headers: Headers,
  origin: RequestOrigin,
): Promise<WebhookOutcome> {
  const secret = config().resendWebhookSecret;
  if (!secret) return { status: 404 };
  const id = headers.get("svix-id");
  const timestamp = headers.get("svix-timestamp");
  const signature = headers.get("svix-signature");
  if (!id || !timestamp || !signature) return { status: 401 };
  let verified: unknown;
  try {
    // The SDK's verifier needs no API key; the client is only its way in.
    verified = new Resend(config().resendApiKey ?? "re_unused").webhooks.verify({
      payload,
      headers: { id, timestamp, signature },
      webhookSecret: secret,
    });
  } catch {
    return { status: 401 };
  }
  const event = eventSchema.safeParse(verified);
  if (!event.success) return { status: 400 };

  const reason = reconfirmationReason(event.data);
  return getDb().transaction(async (tx) => {
    const fresh = await tx
      .insert(webhookReceipts)
      .values({ id })
      .onConflictDoNothing()
      .returning({ id: webhookReceipts.id });
    if (fresh.length === 0) return { status: 409 } as const;
    if (!reason) return { status: 200, started: 0 } as const;
    const addresses = event.data.data.to.map((a) => a.trim().toLowerCase());
    const confirmed = addresses.length
      ? await tx
          .select({ id: userEmails.id })
          .from(userEmails)
          .where(and(inArray(userEmails.address, addresses), isNotNull(userEmails.confirmedAt)))
      : [];
    let started = 0;
    for (const email of confirmed) {
      await recordAudit(
        {
          action: "email.bounced",
          actor: origin,
          targetType: "email",
          targetId: email.id,
          details: { reason },
        },
        tx,
      );
      if (await startReconfirmation(origin, email.id, reason, tx)) started++;
    }
    return { status: 200, started } as const;
  });
}

function reconfirmationReason(event: z.infer<typeof eventSchema>): "bounce" | "complaint" | null {
  if (event.type === "email.complained") return "complaint";
  // Only a permanent (hard) bounce says the address is gone; a full mailbox is transient.
  if (event.type === "email.bounced" && event.data.bounce?.type === "Permanent") return "bounce";
  return null;
}
