import "server-only";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { Resend } from "resend";
import { addSeconds, now } from "@/lib/clock";
import { config } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { emailOutbox, type OutboxEmail } from "@/lib/db/schema";
import { describeError } from "@/lib/logging/describe-error";

const BATCH = 20;
const MAX_ATTEMPTS = 8;
/** A claimed row is leased this long; a crashed worker's rows come back after it. */
const LEASE_SECONDS = 120;

export type Transport = (email: OutboxEmail) => Promise<{ providerId: string }>;

/** Without RESEND_API_KEY the email stays in the outbox, shown at /dev/e-post. */
const devMailbox: Transport = async (email) => ({ providerId: `dev-mailbox:${email.id}` });

function resendTransport(apiKey: string, from: string): Transport {
  const resend = new Resend(apiKey);
  return async (email) => {
    const { data, error } = await resend.emails.send(
      { from, to: email.toAddress, subject: email.subject, html: email.html, text: email.text },
      { idempotencyKey: email.idempotencyKey },
    );
    if (error || !data)
      throw new Error(`Resend: ${error?.name ?? "unknown"}: ${error?.message ?? ""}`);
    return { providerId: data.id };
  };
}

export function defaultTransport(): Transport {
  const { resendApiKey, emailFrom } = config();
  return resendApiKey ? resendTransport(resendApiKey, emailFrom) : devMailbox;
}

/** Exponential backoff: 30 s, 1 min, 2 min … capped at one hour. */
export function backoffSeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempt - 1));
}

/** Claims due rows with FOR UPDATE SKIP LOCKED, so any number of workers can run. */
async function claimBatch(): Promise<OutboxEmail[]> {
  return getDb().transaction(async (tx) => {
    const at = now();
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        and(
          inArray(emailOutbox.status, ["pending", "sending"]),
          lte(emailOutbox.nextAttemptAt, at),
        ),
      )
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ status: "sending", nextAttemptAt: addSeconds(at, LEASE_SECONDS) })
      .where(
        inArray(
          emailOutbox.id,
          due.map((r) => r.id),
        ),
      )
      .returning();
  });
}

/** Bodies hold one-time codes: once a real provider has the email, we keep no copy. */
const REDACTED = "[Innholdet er slettet etter sending.]";

async function deliverOne(
  email: OutboxEmail,
  transport: Transport,
  redact: boolean,
): Promise<boolean> {
  const attempts = email.attempts + 1;
  try {
    const { providerId } = await transport(email);
    await getDb()
      .update(emailOutbox)
      .set({
        status: "sent",
        attempts,
        providerId,
        sentAt: now(),
        lastError: null,
        ...(redact ? { html: REDACTED, text: REDACTED } : {}),
      })
      .where(eq(emailOutbox.id, email.id));
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
    await getDb()
      .update(emailOutbox)
      .set({
        status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
        attempts,
        lastError: message,
        nextAttemptAt: addSeconds(now(), backoffSeconds(attempts)),
      })
      .where(eq(emailOutbox.id, email.id));
    console.error(`[email] delivery attempt ${attempts} failed for ${email.id}: ${message}`);
    return false;
  }
}

/** Delivers what is due; returns how many were sent. */
export async function deliverPendingEmails(
  transport: Transport = defaultTransport(),
  { redact = transport !== devMailbox }: { redact?: boolean } = {},
): Promise<number> {
  let sent = 0;
  for (let batch = await claimBatch(); batch.length > 0; batch = await claimBatch()) {
    for (const email of batch) if (await deliverOne(email, transport, redact)) sent++;
  }
  return sent;
}

let running: Promise<unknown> | null = null;

/** After a commit that wrote to the outbox: deliver soon, without making the user wait. */
export function scheduleDelivery(): void {
  if (running) return;
  running = new Promise((resolve) => setImmediate(resolve))
    .then(() => deliverPendingEmails())
    .catch((error) => console.error(`[email] delivery run failed: ${describeError(error)}`))
    .finally(() => {
      running = null;
    });
}

/** Retries and leftovers from other instances: a light poll while the server runs. */
export function startDeliveryLoop(intervalMs = 15_000): () => void {
  const timer = setInterval(scheduleDelivery, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
