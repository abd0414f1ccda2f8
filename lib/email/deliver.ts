import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, gte, inArray, lt, lte, sql } from "drizzle-orm";
import { Resend } from "resend";
import { addSeconds, now } from "@/lib/clock";
import { config } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { emailOutbox, type OutboxEmail } from "@/lib/db/schema";
import { outsideRequest } from "@/lib/http/request-state";
import { describeError } from "@/lib/logging/describe-error";

export const DELIVERY_POLICY = {
  /** Rows one worker claims at a time. */
  batch: 20,
  /** Tries per email (30 s … 1 h apart, about two hours in all); then the row is `failed`. */
  maxAttempts: 8,
  /** The longest wait a provider's Retry-After may ask for. */
  maxRetryAfterSeconds: 3600,
} as const;

/** A failed delivery; `retryAfterSeconds` when the provider said when to come back (429). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}

export type Transport = (email: OutboxEmail) => Promise<{ providerId: string }>;

/** Without RESEND_API_KEY the email stays in the outbox, shown at /dev/e-post. */
const devMailbox: Transport = async (email) => ({ providerId: `dev-mailbox:${email.id}` });

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), capped. */
export function parseRetryAfter(value: string | null | undefined, at = now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value.trim())
    ? Number(value.trim())
    : (Date.parse(value) - at.getTime()) / 1000;
  if (!Number.isFinite(seconds)) return undefined;
  return Math.min(DELIVERY_POLICY.maxRetryAfterSeconds, Math.max(1, Math.ceil(seconds)));
}

function resendTransport(apiKey: string): Transport {
  const { emailFrom, resendBaseUrl, email: settings } = config();
  const resend = new Resend(apiKey, { baseUrl: resendBaseUrl });
  return async (email) => {
    // The same idempotency key on every try: the provider sends one email however often we ask.
    const { data, error, headers } = await resend.emails.send(
      {
        from: emailFrom,
        to: email.toAddress,
        subject: email.subject,
        html: email.html,
        text: email.text,
      },
      {
        idempotencyKey: email.idempotencyKey,
        signal: AbortSignal.timeout(settings.sendTimeoutMs),
      },
    );
    if (data) return { providerId: data.id };
    const status = error?.statusCode ?? "no response";
    throw new DeliveryError(
      `Resend ${status}: ${error?.name ?? "unknown"}`,
      status === 429 ? parseRetryAfter(headers?.["retry-after"]) : undefined,
    );
  };
}

export function defaultTransport(): Transport {
  const { resendApiKey } = config();
  return resendApiKey ? resendTransport(resendApiKey) : devMailbox;
}

/** Exponential backoff: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffSeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Claims due rows with FOR UPDATE SKIP LOCKED, so any number of workers can run. A claim
 * counts as an attempt and leases the row: if this worker dies mid-send, the row is due again
 * when the lease ends, and the idempotency key keeps the provider from sending it twice.
 */
async function claimBatch(leaseToken: string): Promise<OutboxEmail[]> {
  return getDb().transaction(async (tx) => {
    const at = now();
    // A lease that ran out on the last attempt: nobody knows if it went; support decides.
    await tx
      .update(emailOutbox)
      .set({ status: "failed", leaseToken: null, lastError: "lease expired on the last attempt" })
      .where(
        and(
          eq(emailOutbox.status, "sending"),
          lte(emailOutbox.nextAttemptAt, at),
          gte(emailOutbox.attempts, DELIVERY_POLICY.maxAttempts),
        ),
      );
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        and(
          inArray(emailOutbox.status, ["pending", "sending"]),
          lte(emailOutbox.nextAttemptAt, at),
          lt(emailOutbox.attempts, DELIVERY_POLICY.maxAttempts),
        ),
      )
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(DELIVERY_POLICY.batch)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({
        status: "sending",
        attempts: sql`${emailOutbox.attempts} + 1`,
        leaseToken,
        nextAttemptAt: addSeconds(at, config().email.leaseSeconds),
      })
      .where(
        inArray(
          emailOutbox.id,
          due.map((r) => r.id),
        ),
      )
      .returning();
  });
}

/** Only while this worker still holds the lease; a row taken over by another is left to it. */
function heldBy(email: OutboxEmail, leaseToken: string) {
  return and(
    eq(emailOutbox.id, email.id),
    eq(emailOutbox.status, "sending"),
    eq(emailOutbox.leaseToken, leaseToken),
  );
}

/** Bodies hold one-time codes: once a real provider has the email, we keep no copy. */
const REDACTED = "[Innholdet er slettet etter sending.]";

type Outcome = "sent" | "failed" | "rate-limited";

async function deliverOne(
  email: OutboxEmail,
  transport: Transport,
  leaseToken: string,
  redact: boolean,
): Promise<{ outcome: Outcome; retryAt?: Date }> {
  try {
    const { providerId } = await transport(email);
    const updated = await getDb()
      .update(emailOutbox)
      .set({
        status: "sent",
        providerId,
        sentAt: now(),
        lastError: null,
        leaseToken: null,
        ...(redact ? { html: REDACTED, text: REDACTED } : {}),
      })
      .where(heldBy(email, leaseToken))
      .returning({ id: emailOutbox.id });
    if (updated.length === 0) console.warn(`[email] lease lost before ${email.id} was marked sent`);
    return { outcome: "sent" };
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
    const retryAfter = error instanceof DeliveryError ? error.retryAfterSeconds : undefined;
    const last = email.attempts >= DELIVERY_POLICY.maxAttempts;
    const retryAt = addSeconds(now(), retryAfter ?? backoffSeconds(email.attempts));
    await getDb()
      .update(emailOutbox)
      .set({
        status: last ? "failed" : "pending",
        lastError: message,
        nextAttemptAt: retryAt,
        leaseToken: null,
      })
      .where(heldBy(email, leaseToken));
    console.error(
      `[email] attempt ${email.attempts}/${DELIVERY_POLICY.maxAttempts} failed for ${email.id}: ${message}`,
    );
    return { outcome: retryAfter === undefined ? "failed" : "rate-limited", retryAt };
  }
}

/** The provider asked us to wait: the rest of the batch goes back untried, due at that time. */
async function releaseUntried(rows: OutboxEmail[], leaseToken: string, retryAt: Date) {
  if (rows.length === 0) return;
  await getDb()
    .update(emailOutbox)
    .set({
      status: "pending",
      attempts: sql`${emailOutbox.attempts} - 1`,
      nextAttemptAt: retryAt,
      leaseToken: null,
    })
    .where(
      and(
        inArray(
          emailOutbox.id,
          rows.map((r) => r.id),
        ),
        eq(emailOutbox.leaseToken, leaseToken),
      ),
    );
}

/** Delivers what is due; returns how many were sent. Stops early when the provider says 429. */
export async function deliverPendingEmails(
  transport: Transport = defaultTransport(),
  { redact = transport !== devMailbox }: { redact?: boolean } = {},
): Promise<number> {
  let sent = 0;
  for (;;) {
    const leaseToken = randomUUID();
    const batch = await claimBatch(leaseToken);
    if (batch.length === 0) return sent;
    for (const [index, email] of batch.entries()) {
      const { outcome, retryAt } = await deliverOne(email, transport, leaseToken, redact);
      if (outcome === "sent") sent++;
      if (outcome === "rate-limited") {
        await releaseUntried(batch.slice(index + 1), leaseToken, retryAt!);
        return sent;
      }
    }
  }
}

let running: Promise<unknown> | null = null;

/** After a commit that wrote to the outbox: deliver soon, without making the user wait. */
export function scheduleDelivery(): void {
  if (running) return;
  // Not part of the request that scheduled it: its database trouble is not that request's.
  running = outsideRequest(() =>
    new Promise((resolve) => setImmediate(resolve))
      .then(() => deliverPendingEmails())
      .catch((error) => console.error(`[email] delivery run failed: ${describeError(error)}`))
      .finally(() => {
        running = null;
      }),
  );
}

/** Resolves once no delivery run is in flight (a test waits for it before dropping its database). */
export async function whenDeliveryIdle(): Promise<void> {
  while (running) await running;
}

/** Retries and leftovers from other instances: a light poll while the server runs. */
export function startDeliveryLoop(intervalMs = 15_000): () => void {
  const timer = setInterval(scheduleDelivery, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
