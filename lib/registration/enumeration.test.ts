import { and, desc, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditEvents, emailCodes, emailOutbox, userEmails } from "@/lib/db/schema";
import { seedDemoData } from "@/lib/demo/seed";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor } from "@/lib/testing/groups";
import { createTestUser, latestCodeSentTo } from "@/lib/testing/factories";
import { codeMatches } from "./code-crypto";
import { requestEmailCode } from "./request-code";
import { verifyEmailCode } from "./verify-code";

// Issue 10, item 2: an address another account has confirmed answers exactly like a free one.
setupTestDatabase();

let clock = new Date("2026-11-23T09:00:00Z");
function advance(seconds: number) {
  clock = new Date(clock.getTime() + seconds * 1000);
  vi.setSystemTime(clock);
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(clock);
  await seedDemoData();
});
afterEach(() => advance(3600));

/** An address confirmed by its owner through the real code round. */
async function ownedAddress(address: string): Promise<string> {
  const owner = await createTestUser();
  const { emailId } = await requestEmailCode(actorFor(owner.id), address);
  const result = await verifyEmailCode(
    actorFor(owner.id),
    emailId,
    await latestCodeSentTo(address),
  );
  expect(result.ok).toBe(true);
  advance(3601);
  return owner.id;
}

async function lastMailTo(address: string) {
  const [mail] = await getDb()
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return mail!;
}

/** What the person asking can observe: the answer's shape and the error of a second try. */
async function observe(address: string) {
  const asker = await createTestUser();
  const sent = await requestEmailCode(actorFor(asker.id), address);
  const again = await requestEmailCode(actorFor(asker.id), address).catch((e: Error) => e);
  return {
    asker: asker.id,
    sent,
    view: {
      keys: Object.keys(sent).sort(),
      kept: sent.kept,
      address: sent.address,
      resendInSeconds: (sent.resendAt.getTime() - clock.getTime()) / 1000,
      again: { code: (again as { code?: string }).code, message: (again as Error).message },
    },
  };
}

describe("registering an address another account has confirmed", () => {
  it("answers exactly like a free address, with the same cooldown", async () => {
    await ownedAddress("eier@helse-demo.no");
    const taken = await observe("eier@helse-demo.no");
    const free = await observe("ledig@helse-demo.no");
    expect(taken.view).toEqual({ ...free.view, address: "eier@helse-demo.no" });
    expect(taken.view.again.code).toBe("cooldown");
    // The asker gets an unconfirmed row of their own, as for a free address.
    const [row] = await getDb()
      .select()
      .from(userEmails)
      .where(and(eq(userEmails.userId, taken.asker), eq(userEmails.address, "eier@helse-demo.no")));
    expect(row).toMatchObject({ id: taken.sent.emailId, confirmedAt: null });
  });

  it("emails the address that it is in use and how to get help, with no code in it", async () => {
    const owner = await ownedAddress("i.bruk@helse-demo.no");
    const { asker } = await observe("i.bruk@helse-demo.no");
    const mail = await lastMailTo("i.bruk@helse-demo.no");
    expect(mail.subject).toBe("Bekreft din e-postadresse");
    expect(mail.text).toMatch(/allerede bekreftet på en annen konto/);
    expect(mail.text).toMatch(/kontakt brukerstøtte/);
    expect(mail.text).toContain("post@helsecert.no");
    expect(mail.text).not.toMatch(/\b\d{6}\b/);
    expect(mail.html).not.toMatch(/\b\d{6}\b/);
    // Support sees what happened; the owner's own audit trail is untouched.
    const audit = await getDb()
      .select({ action: auditEvents.action, actor: auditEvents.actorUserId })
      .from(auditEvents)
      .where(eq(auditEvents.action, "email_code.withheld"));
    expect(audit).toContainEqual({ action: "email_code.withheld", actor: asker });
    expect(audit.map((a) => a.actor)).not.toContain(owner);
  });

  it("stores a code that no six-digit code can match, so the address is never confirmed", async () => {
    const owner = await ownedAddress("tatt@helse-demo.no");
    const asker = await createTestUser();
    const { emailId } = await requestEmailCode(actorFor(asker.id), "tatt@helse-demo.no");
    const [stored] = await getDb().select().from(emailCodes).where(eq(emailCodes.emailId, emailId));
    // Every one of the million codes is refused.
    for (let n = 0; n < 1_000_000; n++) {
      if (codeMatches(emailId, n.toString().padStart(6, "0"), stored!.codeHash)) {
        throw new Error(`code ${n} would confirm an address that is in use`);
      }
    }
    // Guessing answers as for a free address: wrong, then locked after five.
    const results = [];
    for (const guess of ["123456", "000000", "999999", "424242", "111111"]) {
      results.push(await verifyEmailCode(actorFor(asker.id), emailId, guess));
    }
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual([
      "wrong",
      "wrong",
      "wrong",
      "wrong",
      "locked",
    ]);
    const rows = await getDb()
      .select({ userId: userEmails.userId, confirmedAt: userEmails.confirmedAt })
      .from(userEmails)
      .where(eq(userEmails.address, "tatt@helse-demo.no"));
    expect(rows.filter((r) => r.confirmedAt).map((r) => r.userId)).toEqual([owner]);
  }, 60_000);

  it("counts against the same hourly cap per address as a free address", async () => {
    await ownedAddress("tak@helse-demo.no");
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const asker = await createTestUser();
      const result = await requestEmailCode(actorFor(asker.id), "tak@helse-demo.no").catch(
        (e: { code: string }) => e.code,
      );
      answers.push(typeof result === "string" ? result : "sent");
    }
    expect(answers).toEqual(["sent", "sent", "sent", "sent", "sent", "address_limit"]);
  });
});
