import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AccessRefusedError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { accessReviews } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import {
  actorFor,
  addMember,
  auditOf,
  makeGroup,
  makeUser,
  notificationsOf,
  outboxTo,
  roleIn,
} from "@/lib/testing/groups";
import { quarterOf } from "./policy";
import {
  completeAccessReview,
  latestReviewOf,
  listReviewStatus,
  openQuarterlyReviews,
  remindOverdueReviews,
  remindReview,
  reviewMembers,
} from "./reviews";

setupTestDatabase();

afterEach(() => vi.useRealTimers());

const DAY = 86_400_000;
function at(date: Date) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(date);
}

async function groupWithAdmin() {
  const tag = randomBytes(3).toString("hex");
  const groupId = await makeGroup(`Gjennomgang ${tag}`);
  const adminEmail = `admin.${tag}@gjennomgang.no`;
  const admin = await makeUser("Anne Admin", adminEmail);
  const stays = await makeUser("Berit Blir", `berit.${tag}@gjennomgang.no`);
  const leaves = await makeUser("Lars Slutter", `lars.${tag}@gjennomgang.no`);
  await addMember(admin, groupId, "admin");
  await addMember(stays, groupId);
  await addMember(leaves, groupId);
  return { groupId, admin, adminEmail, stays, leaves };
}

describe("quarterly access reviews", () => {
  it("names quarters in Oslo time", () => {
    expect(quarterOf(new Date("2026-03-31T21:59:00Z"))).toBe("2026-Q1");
    // 23:00 UTC on 31 March is already April in Oslo (summer time).
    expect(quarterOf(new Date("2026-03-31T22:30:00Z"))).toBe("2026-Q2");
    expect(quarterOf(new Date("2026-12-31T23:30:00Z"))).toBe("2027-Q1");
  });

  it("opens once per group and quarter, tells the admins, and reminds them after 14 days", async () => {
    const start = new Date("2026-10-01T06:00:00Z");
    at(start);
    const { groupId, admin, adminEmail } = await groupWithAdmin();
    expect(await openQuarterlyReviews()).toBeGreaterThanOrEqual(1);
    expect(await openQuarterlyReviews()).toBe(0);
    const review = await latestReviewOf(groupId);
    expect(review).toMatchObject({ period: "2026-Q4", completedAt: null });
    expect((await notificationsOf(admin)).map((n) => n.kind)).toEqual(["review.opened"]);
    expect((await outboxTo(adminEmail)).map((e) => e.subject)).toEqual([
      expect.stringMatching(/^Gjennomgå medlemmene i Gjennomgang/),
    ]);

    at(new Date(start.getTime() + 13 * DAY));
    await remindOverdueReviews();
    expect(await outboxTo(adminEmail)).toHaveLength(1);
    at(new Date(start.getTime() + 15 * DAY));
    expect(await remindOverdueReviews()).toBeGreaterThanOrEqual(1);
    await remindOverdueReviews();
    const mails = (await outboxTo(adminEmail)).map((e) => e.subject);
    expect(mails).toHaveLength(2);
    expect(mails[1]).toMatch(/^Påminnelse: gjennomgå/);
    expect((await notificationsOf(admin)).map((n) => n.kind).sort()).toEqual([
      "review.opened",
      "review.reminder",
    ]);

    // Support may remind again at any time.
    at(new Date(start.getTime() + 16 * DAY));
    const support = await makeUser("Siri Support");
    expect(await remindReview(actorFor(support), review!.id)).toBe(true);
    expect(await outboxTo(adminEmail)).toHaveLength(3);
    const status = (await listReviewStatus()).find((s) => s.reviewId === review!.id);
    expect(status).toMatchObject({ completedAt: null, period: "2026-Q4" });
  });

  it("lists members with how they joined; finishing removes those marked Fjern, notified and audited", async () => {
    const { groupId, admin, stays, leaves } = await groupWithAdmin();
    await openQuarterlyReviews();
    const review = (await latestReviewOf(groupId))!;
    const members = await reviewMembers(groupId);
    expect(members.map((m) => m.userId).sort()).toEqual([admin, stays, leaves].sort());
    expect(members.find((m) => m.userId === leaves)).toMatchObject({
      source: "admin",
      emailConfirmed: true,
      lastLoginAt: null,
    });

    expect(
      await completeAccessReview(actorFor(admin), { reviewId: review.id, remove: [leaves] }),
    ).toEqual({
      kept: 2,
      removed: 1,
    });
    expect(await roleIn(leaves, groupId)).toBeNull();
    expect(await roleIn(stays, groupId)).not.toBeNull();
    expect((await notificationsOf(leaves)).map((n) => n.kind)).toEqual(["membership.removed"]);
    expect((await auditOf("membership.removed")).map((e) => e.targetId)).toContain(leaves);
    expect((await auditOf("access_review.completed")).map((e) => e.targetId)).toContain(groupId);
    const [row] = await getDb().select().from(accessReviews).where(eq(accessReviews.id, review.id));
    expect(row).toMatchObject({ completedBy: admin, kept: 2, removed: 1 });

    // Finished is finished.
    await expect(
      completeAccessReview(actorFor(admin), { reviewId: review.id, remove: [stays] }),
    ).rejects.toThrow("allerede fullført");
    expect(await roleIn(stays, groupId)).not.toBeNull();
  });

  it("refuses a member and another group's admin, and changes nothing", async () => {
    const { groupId, stays, leaves } = await groupWithAdmin();
    const other = await groupWithAdmin();
    await openQuarterlyReviews();
    const review = (await latestReviewOf(groupId))!;
    for (const caller of [stays, other.admin]) {
      await expect(
        completeAccessReview(actorFor(caller), { reviewId: review.id, remove: [leaves] }),
      ).rejects.toBeInstanceOf(AccessRefusedError);
    }
    expect(await roleIn(leaves, groupId)).not.toBeNull();
    expect((await latestReviewOf(groupId))!.completedAt).toBeNull();
  });
});
