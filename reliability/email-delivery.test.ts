import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { emailOutbox, type OutboxEmail } from "@/lib/db/schema";
import {
  backoffSeconds,
  DELIVERY_POLICY,
  deliverPendingEmails,
  type Transport,
  whenDeliveryIdle,
} from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { retryFailedEmail } from "@/lib/admin/email";
import { actorFor, makeUser } from "@/lib/testing/groups";
import { setupTestDatabase } from "@/lib/testing/db";
import { finished, spawnScript, waitFor } from "./support/processes";
import { found, tried } from "./support/report";
import { ResendStub } from "./support/resend-stub";

setupTestDatabase();

const stub = new ResendStub();
const SEND_TIMEOUT_MS = 800;

beforeAll(async () => {
  const url = await stub.start();
  Object.assign(process.env, {
    RESEND_API_KEY: "re_reliability_test",
    RESEND_BASE_URL: url,
    EMAIL_SEND_TIMEOUT_MS: String(SEND_TIMEOUT_MS),
  });
  resetConfig();
});

afterAll(async () => {
  await stub.stop();
});

afterEach(() => {
  vi.useRealTimers();
  stub.reset();
});

let counter = 0;
async function enqueue(label: string): Promise<string> {
  const key = `${label}-${++counter}-${Date.now()}`;
  await enqueueEmail(getDb(), {
    to: `${label}@helse-demo.no`,
    subject: "Bekreft din e-postadresse",
    html: "<p>123456</p>",
    text: "Koden din er 123456",
    idempotencyKey: key,
  });
  return key;
}

async function row(key: string): Promise<OutboxEmail> {
  const [found] = await getDb()
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.idempotencyKey, key));
  return found!;
}

/** Moves the application's clock (only Date) to `at`; PostgreSQL's own clock is not used. */
function clockAt(at: Date): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
}

/** The worker process of an app instance, against this test's database and stub. */
function worker(extra: Record<string, string> = {}) {
  return spawnScript("reliability/support/email-worker.ts", {
    DATABASE_URL: process.env.DATABASE_URL,
    APP_ENV: "test",
    RESEND_API_KEY: "re_reliability_test",
    RESEND_BASE_URL: stub.url,
    EMAIL_SEND_TIMEOUT_MS: String(SEND_TIMEOUT_MS),
    DATABASE_POOL_SIZE: "3",
    ...extra,
  });
}

describe("email delivery through a failing provider", () => {
  it("sends exactly one email when the provider fails three times (500, timeout, closed connection) and then accepts", async () => {
    const key = await enqueue("three-failures");
    stub.plan([
      { kind: "status", status: 500 },
      { kind: "hang" },
      { kind: "destroy" },
      { kind: "accept" },
    ]);
    tried("provider answers 500, then hangs, then closes the connection, then accepts");

    for (const [attempt, failure] of ["500", "timeout", "closed connection"].entries()) {
      const started = performance.now();
      expect(await deliverPendingEmails()).toBe(0);
      const took = Math.round(performance.now() - started);
      const after = await row(key);
      found(
        `attempt ${attempt + 1} (${failure}): row ${after.status}, attempts ${after.attempts}, ` +
          `error "${after.lastError}", next try in ${Math.round((after.nextAttemptAt.getTime() - Date.now()) / 1000)} s, took ${took} ms`,
      );
      expect(after).toMatchObject({ status: "pending", attempts: attempt + 1, leaseToken: null });
      const wait = (after.nextAttemptAt.getTime() - Date.now()) / 1000;
      expect(wait).toBeGreaterThan(backoffSeconds(attempt + 1) - 3);
      expect(wait).toBeLessThanOrEqual(backoffSeconds(attempt + 1));
      if (failure === "timeout") {
        expect(took).toBeGreaterThanOrEqual(SEND_TIMEOUT_MS - 50);
        expect(took).toBeLessThan(SEND_TIMEOUT_MS + 5_000);
      }
      // Not before the backoff: a run now asks the provider nothing.
      const asked = stub.requests.length;
      await deliverPendingEmails();
      expect(stub.requests.length).toBe(asked);
      clockAt(after.nextAttemptAt);
    }

    expect(await deliverPendingEmails()).toBe(1);
    const sent = await row(key);
    const keys = stub.requests.map((r) => r.idempotencyKey);
    found(
      `row ${sent.status} after ${sent.attempts} attempts; keys sent: ${new Set(keys).size} distinct of ${keys.length}; emails delivered: ${stub.delivered.size}`,
    );
    expect(sent).toMatchObject({ status: "sent", attempts: 4, lastError: null });
    expect(sent.providerId).toBe(stub.delivered.get(key)?.id);
    expect(keys).toEqual([key, key, key, key]);
    expect(stub.delivered.size).toBe(1);
  });

  it("honours 429 Retry-After: waits as long as asked and holds back the rest of the batch", async () => {
    const keys = [await enqueue("rate-a"), await enqueue("rate-b"), await enqueue("rate-c")];
    stub.plan([{ kind: "status", status: 429, retryAfter: "7" }]);
    tried("three emails; the provider answers the first with 429 and Retry-After: 7");

    const start = new Date();
    await deliverPendingEmails();
    const rows = await Promise.all(keys.map(row));
    found(
      `${stub.requests.length} request(s); rows ${rows.map((r) => `${r.status}/${r.attempts} due +${Math.round((r.nextAttemptAt.getTime() - start.getTime()) / 1000)} s`).join(", ")}`,
    );
    expect(stub.requests).toHaveLength(1);
    for (const r of rows) {
      expect(r.status).toBe("pending");
      const wait = (r.nextAttemptAt.getTime() - start.getTime()) / 1000;
      expect(wait).toBeGreaterThanOrEqual(6.5);
      expect(wait).toBeLessThan(9);
    }
    // The one that was tried counts one attempt; the ones held back count none.
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 0, 1]);

    clockAt(new Date(start.getTime() + 6_000));
    await deliverPendingEmails();
    found(`after 6 s: ${stub.requests.length} request(s) in all`);
    expect(stub.requests).toHaveLength(1);

    clockAt(new Date(start.getTime() + 9_000));
    expect(await deliverPendingEmails()).toBe(3);
    found(`after 9 s: ${stub.requests.length} requests, ${stub.delivered.size} emails delivered`);
    expect(stub.delivered.size).toBe(3);
  });

  it("marks a row failed after the last attempt, asks the provider no more, and support can send it again once", async () => {
    const key = await enqueue("always-500");
    stub.plan([], { kind: "status", status: 500 });
    tried(`provider answers 500 to every one of ${DELIVERY_POLICY.maxAttempts} attempts`);
    for (let attempt = 1; attempt <= DELIVERY_POLICY.maxAttempts; attempt++) {
      await deliverPendingEmails();
      clockAt((await row(key)).nextAttemptAt);
    }
    const failed = await row(key);
    clockAt(new Date(Date.now() + 24 * 3600_000));
    await deliverPendingEmails();
    const failedCount = await getDb()
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(eq(emailOutbox.status, "failed"));
    found(
      `row ${failed.status} after ${failed.attempts} attempts ("${failed.lastError}"); ${stub.requests.length} requests in all; ${failedCount.length} failed row(s) in the outbox`,
    );
    expect(failed).toMatchObject({ status: "failed", attempts: DELIVERY_POLICY.maxAttempts });
    expect(failed.lastError).toContain("500");
    expect(stub.requests).toHaveLength(DELIVERY_POLICY.maxAttempts);
    expect(failedCount).toHaveLength(1);

    // Support presses `Send på nytt` (Adminområdet → E-post) once the provider is back.
    stub.plan([]);
    const support = await makeUser("Siri Support");
    tried("support retries the failed email; the provider accepts now");
    await retryFailedEmail(actorFor(support), failed.id);
    await deliverPendingEmails();
    await whenDeliveryIdle();
    const retried = await row(key);
    found(
      `after the retry: row ${retried.status}; requests with its key ${stub.requestsWithKey(key).length}; delivered ${stub.delivered.has(key) ? 1 : 0}`,
    );
    expect(retried.status).toBe("sent");
    expect(stub.requestsWithKey(key)).toHaveLength(DELIVERY_POLICY.maxAttempts + 1);
    expect(stub.delivered.has(key)).toBe(true);
  });
});

describe("several workers and crashes", () => {
  it("two worker processes on one outbox send every email once", async () => {
    const keys: string[] = [];
    for (let i = 0; i < 40; i++) keys.push(await enqueue("parallel"));
    stub.slowDown(15);
    tried("40 pending emails, two worker processes started at the same moment");
    const [a, b] = await Promise.all([finished(worker()), finished(worker())]);
    const sentBy = [a, b].map((r) => JSON.parse(r.output.trim().split("\n").pop()!).sent);
    const perKey = keys.map((k) => stub.requestsWithKey(k).length);
    found(
      `worker A sent ${sentBy[0]}, worker B sent ${sentBy[1]}; requests per email: max ${Math.max(...perKey)}, min ${Math.min(...perKey)}; delivered ${stub.delivered.size}`,
    );
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(sentBy[0] + sentBy[1]).toBe(40);
    expect(perKey.every((n) => n === 1)).toBe(true);
    expect(stub.delivered.size).toBe(40);
    const rows = await Promise.all(keys.map(row));
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("a worker killed mid-send: its rows wait for the lease, then go once, under the same key", async () => {
    const keys = [await enqueue("crash-a"), await enqueue("crash-b"), await enqueue("crash-c")];
    // The provider takes the first email, then the answer never comes: the worker dies waiting.
    stub.plan([{ kind: "hang", accepted: true }]);
    const lease = { EMAIL_LEASE_SECONDS: "3", EMAIL_SEND_TIMEOUT_MS: "2500" };
    tried(
      "a worker process claims three emails; the provider takes the first and hangs; the process is killed (SIGKILL)",
    );
    const doomed = worker(lease);
    const exit = finished(doomed);
    await waitFor("the provider to receive the first email", () => stub.requests.length === 1);
    doomed.kill("SIGKILL");
    await exit;

    const hung = stub.requests[0]!.idempotencyKey!;
    const leased = await Promise.all(keys.map(row));
    found(
      `after the kill: rows ${leased.map((r) => r.status).join(", ")}; lease ends in ${Math.round((leased[0]!.nextAttemptAt.getTime() - Date.now()) / 100) / 10} s`,
    );
    expect(leased.every((r) => r.status === "sending" && r.leaseToken !== null)).toBe(true);

    // A worker running before the lease ends takes nothing (in this process: a new process
    // could take longer to start than the lease has left).
    const early = await deliverPendingEmails();
    found(
      `a worker before the lease ended sent ${early}; ${stub.requests.length} request(s) in all`,
    );
    expect(early).toBe(0);
    expect(stub.requests).toHaveLength(1);

    const leaseEnd = Math.max(...leased.map((r) => r.nextAttemptAt.getTime()));
    await waitFor("the lease to end", () => Date.now() > leaseEnd + 100, 10_000);
    const restarted = await finished(worker(lease));
    const rows = await Promise.all(keys.map(row));
    found(
      `after the lease: ${restarted.output.trim().split("\n").pop()}; requests per email ${keys.map((k) => stub.requestsWithKey(k).length).join("/")}; delivered ${stub.delivered.size}; rows ${rows.map((r) => `${r.status}/${r.attempts}`).join(", ")}`,
    );
    expect(restarted.code).toBe(0);
    for (const key of keys) {
      expect(stub.requestsWithKey(key)).toHaveLength(key === hung ? 2 : 1);
    }
    expect(stub.delivered.size).toBe(3);
    expect(rows.every((r) => r.status === "sent")).toBe(true);
  });

  it("a worker whose lease ran out cannot overwrite the result of the one that took over", async () => {
    const key = await enqueue("slow-worker");
    process.env.EMAIL_LEASE_SECONDS = "1";
    process.env.EMAIL_SEND_TIMEOUT_MS = "500";
    resetConfig();
    try {
      let release: (() => void) | undefined;
      const stuck: Transport = () =>
        new Promise((_resolve, reject) => {
          release = () => reject(new Error("provider gave up late"));
        });
      const accepting: Transport = async (email) => ({ providerId: `second-${email.id}` });
      tried(
        "worker 1 hangs past its 1 s lease; worker 2 takes the row and sends it; then worker 1 fails",
      );
      const first = deliverPendingEmails(stuck);
      await waitFor("worker 1 to claim", async () => (await row(key)).status === "sending");
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await deliverPendingEmails(accepting)).toBe(1);
      release!();
      await first;
      const after = await row(key);
      found(`row ${after.status}, provider id ${after.providerId}, last error ${after.lastError}`);
      expect(after).toMatchObject({ status: "sent", lastError: null, attempts: 2 });
      expect(after.providerId).toMatch(/^second-/);
    } finally {
      delete process.env.EMAIL_LEASE_SECONDS;
      process.env.EMAIL_SEND_TIMEOUT_MS = String(SEND_TIMEOUT_MS);
      resetConfig();
    }
  });
});
