import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { backoffSeconds, deliverPendingEmails, type Transport } from "./deliver";
import { enqueueEmail } from "./outbox";

setupTestDatabase();

const mail = (key: string) => ({
  to: "x@helse-demo.no",
  subject: "Emne",
  html: "<p>x</p>",
  text: "x",
  idempotencyKey: key,
});

describe("the outbox", () => {
  it("keeps one row per idempotency key", async () => {
    await enqueueEmail(getDb(), mail("same"));
    await enqueueEmail(getDb(), mail("same"));
    const rows = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.idempotencyKey, "same"));
    expect(rows).toHaveLength(1);
  });

  it("writes nothing when the transaction that caused the email rolls back", async () => {
    await expect(
      getDb().transaction(async (tx) => {
        await enqueueEmail(tx, mail("rolled-back"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow();
    const rows = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.idempotencyKey, "rolled-back"));
    expect(rows).toHaveLength(0);
  });

  it("delivers each email once, passing the idempotency key, and records the provider id", async () => {
    await enqueueEmail(getDb(), mail("deliver-1"));
    const seen: string[] = [];
    const transport: Transport = async (email) => {
      seen.push(email.idempotencyKey);
      return { providerId: `prov-${email.idempotencyKey}` };
    };
    await deliverPendingEmails(transport);
    await deliverPendingEmails(transport);
    expect(seen.filter((k) => k === "deliver-1")).toHaveLength(1);
    const [row] = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.idempotencyKey, "deliver-1"));
    expect(row).toMatchObject({ status: "sent", attempts: 1, providerId: "prov-deliver-1" });
  });

  it("never delivers one email twice when several workers run at once", async () => {
    for (let i = 0; i < 30; i++) await enqueueEmail(getDb(), mail(`parallel-${i}`));
    const seen: string[] = [];
    const slow: Transport = async (email) => {
      seen.push(email.idempotencyKey);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { providerId: email.id };
    };
    await Promise.all([
      deliverPendingEmails(slow),
      deliverPendingEmails(slow),
      deliverPendingEmails(slow),
    ]);
    const parallel = seen.filter((k) => k.startsWith("parallel-"));
    expect(parallel).toHaveLength(30);
    expect(new Set(parallel).size).toBe(30);
  });

  it("retries a failed delivery later with backoff and keeps the error", async () => {
    await enqueueEmail(getDb(), mail("flaky"));
    const failing: Transport = async () => {
      throw new Error("provider down");
    };
    await deliverPendingEmails(failing);
    const [row] = await getDb()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.idempotencyKey, "flaky"));
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastError: "provider down" });
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(backoffSeconds(1)).toBe(30);
    expect(backoffSeconds(3)).toBe(120);
    expect(backoffSeconds(20)).toBe(3600);
  });
});
