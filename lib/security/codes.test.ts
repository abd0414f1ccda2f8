import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditEvents, emailCodes, memberships, userEmails } from "@/lib/db/schema";
import { seedDemoData } from "@/lib/demo/seed";
import { requestEmailCode } from "@/lib/registration/request-code";
import { verifyEmailCode } from "@/lib/registration/verify-code";
import { setupTestDatabase } from "@/lib/testing/db";
import { createTestUser, latestCodeSentTo } from "@/lib/testing/factories";
import { actorFor } from "@/lib/testing/groups";

// The attack suite: an email code used twice at once, and 100 wrong guesses at once.
setupTestDatabase();

beforeAll(async () => {
  await seedDemoData();
});

async function codeRow(emailId: string) {
  const [row] = await getDb().select().from(emailCodes).where(eq(emailCodes.emailId, emailId));
  return row!;
}

describe("an email code under parallel attack", () => {
  it("confirms once when the right code is sent twice at the same moment", async () => {
    const user = await createTestUser({ name: "Dobbel Klikk" });
    const address = "dobbel@helse-demo.no";
    const { emailId } = await requestEmailCode(actorFor(user.id), address);
    const code = await latestCodeSentTo(address);
    const results = await Promise.all([
      verifyEmailCode(actorFor(user.id), emailId, code),
      verifyEmailCode(actorFor(user.id), emailId, code),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({ ok: false });
    expect((await codeRow(emailId)).usedAt).not.toBeNull();
    const confirmed = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, emailId));
    expect(confirmed.filter((a) => a.action === "email.confirmed")).toHaveLength(1);
    const joined = await getDb().select().from(memberships).where(eq(memberships.userId, user.id));
    expect(joined).toHaveLength(1);
  });

  it("counts 100 parallel wrong guesses exactly: four are told wrong, the fifth kills the code, the right one is then refused", async () => {
    const user = await createTestUser({ name: "Gjett Gjettesen" });
    const address = "gjett@helse-demo.no";
    const { emailId } = await requestEmailCode(actorFor(user.id), address);
    const code = await latestCodeSentTo(address);
    const wrong = (n: number) => {
      const guess = String(n).padStart(6, "0");
      return guess === code ? "999999" : guess;
    };
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) => verifyEmailCode(actorFor(user.id), emailId, wrong(n))),
    );
    const reasons = results.map((r) => (r.ok ? "ok" : r.reason));
    expect(reasons.filter((r) => r === "ok")).toEqual([]);
    // Four "wrong" answers, then the fifth locks the code; the rest find it locked or are cut
    // off by the per-account attempt cap.
    expect(reasons.filter((r) => r === "wrong")).toHaveLength(4);
    expect(reasons.every((r) => ["wrong", "locked", "attempt-limit"].includes(r))).toBe(true);
    expect((await codeRow(emailId)).failedAttempts).toBe(5);
    expect(await verifyEmailCode(actorFor(user.id), emailId, code)).toMatchObject({ ok: false });
    const [email] = await getDb().select().from(userEmails).where(eq(userEmails.id, emailId));
    expect(email!.confirmedAt).toBeNull();
  });
});
