import { createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { userEmails, webhookReceipts } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { auditOf, makeUser } from "@/lib/testing/groups";
import { handleResendWebhook } from "./webhook";

setupTestDatabase();

const SECRET = `whsec_${randomBytes(24).toString("base64")}`;
const origin = { ip: "203.0.113.9", userAgent: "Svix-Webhooks/1.0" };

beforeAll(() => {
  process.env.RESEND_WEBHOOK_SECRET = SECRET;
  resetConfig();
});
afterAll(() => {
  delete process.env.RESEND_WEBHOOK_SECRET;
  resetConfig();
});

/** Signs as Resend (Svix) does: HMAC-SHA256 over `id.timestamp.body` with the secret's bytes. */
function signed(
  body: string,
  options: { secret?: string; id?: string; timestamp?: number } = {},
): Headers {
  const id = options.id ?? `msg_${randomBytes(8).toString("hex")}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const key = Buffer.from((options.secret ?? SECRET).slice("whsec_".length), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return new Headers({
    "svix-id": id,
    "svix-timestamp": timestamp,
    "svix-signature": `v1,${signature}`,
  });
}

function bounce(to: string, type = "Permanent") {
  return JSON.stringify({
    type: "email.bounced",
    created_at: new Date().toISOString(),
    data: {
      email_id: "e1",
      to: [to],
      subject: "Hei",
      bounce: { type, subType: "General", message: "x" },
    },
  });
}

async function person() {
  const address = `ola.${randomBytes(4).toString("hex")}@sykehus-demo.no`;
  await makeUser("Ola Retur", address);
  const [row] = await getDb().select().from(userEmails).where(eq(userEmails.address, address));
  return { address, emailId: row!.id };
}

async function dueOf(emailId: string) {
  const [row] = await getDb().select().from(userEmails).where(eq(userEmails.id, emailId));
  return row!.reconfirmDueAt;
}

describe("the Resend webhook", () => {
  it("a signed hard bounce starts the address's re-confirmation at once", async () => {
    const { address, emailId } = await person();
    const body = bounce(address);
    expect(await handleResendWebhook(body, signed(body), origin)).toEqual({
      status: 200,
      started: 1,
    });
    expect(await dueOf(emailId)).toBeInstanceOf(Date);
    expect((await auditOf("email.reconfirmation_started")).map((e) => e.targetId)).toContain(
      emailId,
    );
  });

  it("a complaint does too; a transient bounce does not", async () => {
    const a = await person();
    const complaint = JSON.stringify({ type: "email.complained", data: { to: [a.address] } });
    expect(await handleResendWebhook(complaint, signed(complaint), origin)).toMatchObject({
      status: 200,
      started: 1,
    });
    const b = await person();
    const soft = bounce(b.address, "Transient");
    expect(await handleResendWebhook(soft, signed(soft), origin)).toMatchObject({
      status: 200,
      started: 0,
    });
    expect(await dueOf(b.emailId)).toBeNull();
  });

  it("refuses a wrong secret, a missing signature and an old timestamp, changing nothing", async () => {
    const { address, emailId } = await person();
    const body = bounce(address);
    const wrong = `whsec_${randomBytes(24).toString("base64")}`;
    expect((await handleResendWebhook(body, signed(body, { secret: wrong }), origin)).status).toBe(
      401,
    );
    expect((await handleResendWebhook(body, new Headers(), origin)).status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 10 * 60;
    expect((await handleResendWebhook(body, signed(body, { timestamp: old }), origin)).status).toBe(
      401,
    );
    // A signature over another body.
    const headers = signed(bounce("someone@else.no"));
    expect((await handleResendWebhook(body, headers, origin)).status).toBe(401);
    expect(await dueOf(emailId)).toBeNull();
  });

  it("refuses a replayed delivery", async () => {
    const { address } = await person();
    const body = bounce(address);
    const headers = signed(body);
    expect((await handleResendWebhook(body, headers, origin)).status).toBe(200);
    expect((await handleResendWebhook(body, headers, origin)).status).toBe(409);
    const id = headers.get("svix-id")!;
    expect(
      await getDb().select().from(webhookReceipts).where(eq(webhookReceipts.id, id)),
    ).toHaveLength(1);
    expect(
      (await auditOf("email.bounced")).filter(
        (e) => e.details && (e.details as { reason?: string }).reason,
      ),
    ).not.toHaveLength(0);
  });

  it("answers 404 when no signing secret is configured", async () => {
    delete process.env.RESEND_WEBHOOK_SECRET;
    resetConfig();
    const body = bounce("x@y.no");
    expect((await handleResendWebhook(body, signed(body), origin)).status).toBe(404);
    process.env.RESEND_WEBHOOK_SECRET = SECRET;
    resetConfig();
  });
});
