import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { memberGroups, memberships, notifications, userEmails } from "@/lib/db/schema";
import { seedDemoData } from "@/lib/demo/seed";
import { requestEmailCode } from "@/lib/registration/request-code";
import { verifyEmailCode } from "@/lib/registration/verify-code";
import { setMembershipSource } from "@/lib/membership/memberships";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor } from "@/lib/testing/groups";
import { createTestUser, latestCodeSentTo } from "@/lib/testing/factories";
import { removeEmail, setPrimaryEmail } from "./changes";

setupTestDatabase();

let clock = new Date("2026-11-23T09:00:00Z");
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(clock);
  await seedDemoData();
});

async function confirm(userId: string, address: string): Promise<string> {
  clock = new Date(clock.getTime() + 61_000);
  vi.setSystemTime(clock);
  const { emailId } = await requestEmailCode(actorFor(userId), address);
  const result = await verifyEmailCode(actorFor(userId), emailId, await latestCodeSentTo(address));
  expect(result.ok).toBe(true);
  return emailId;
}

async function groupsOf(userId: string): Promise<string[]> {
  const rows = await getDb()
    .select({ name: memberGroups.name })
    .from(memberships)
    .innerJoin(memberGroups, eq(memberGroups.id, memberships.groupId))
    .where(eq(memberships.userId, userId));
  return rows.map((r) => r.name).sort();
}

describe("several emails", () => {
  it("joins both organisations' groups for a person in two organisations", async () => {
    const user = await createTestUser();
    await confirm(user.id, "to@helse-demo.no");
    await confirm(user.id, "to@demo-kommune.no");
    expect(await groupsOf(user.id)).toEqual(["Demo kommune", "Helse Demo HF"]);
  });

  it("ends the automatic membership with a notice when its email is removed", async () => {
    const user = await createTestUser();
    await confirm(user.id, "a@demo-kommune.no");
    const helse = await confirm(user.id, "a@helse-demo.no");
    const ended = await removeEmail(actorFor(user.id), helse);
    expect(ended).toEqual(["Helse Demo HF"]);
    expect(await groupsOf(user.id)).toEqual(["Demo kommune"]);
    const notes = await getDb()
      .select()
      .from(notifications)
      .where(eq(notifications.userId, user.id));
    expect(notes.map((n) => [n.kind, n.params.groupName])).toEqual([
      ["membership.removed", "Helse Demo HF"],
    ]);
  });

  it("keeps the membership when another email of the same domain still gives it", async () => {
    const user = await createTestUser();
    const first = await confirm(user.id, "b1@helse-demo.no");
    await confirm(user.id, "b2@helse-demo.no");
    expect(await removeEmail(actorFor(user.id), first)).toEqual([]);
    expect(await groupsOf(user.id)).toEqual(["Helse Demo HF"]);
  });

  it("keeps memberships from approved requests", async () => {
    const user = await createTestUser();
    await confirm(user.id, "c@demo-kommune.no");
    const helse = await confirm(user.id, "c@helse-demo.no");
    const [row] = await getDb()
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(memberGroups, eq(memberGroups.id, memberships.groupId))
      .where(and(eq(memberships.userId, user.id), eq(memberGroups.name, "Helse Demo HF")));
    await setMembershipSource(getDb(), row!.id, { source: "request", sourceEmailId: null });
    await removeEmail(actorFor(user.id), helse);
    expect(await groupsOf(user.id)).toEqual(["Demo kommune", "Helse Demo HF"]);
  });

  it("refuses to remove the last confirmed email and another user's email", async () => {
    const user = await createTestUser();
    const only = await confirm(user.id, "d@helse-demo.no");
    await expect(removeEmail(actorFor(user.id), only)).rejects.toMatchObject({
      code: "last_email",
    });
    const other = await createTestUser();
    await expect(removeEmail(actorFor(other.id), only)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await groupsOf(user.id)).toEqual(["Helse Demo HF"]);
  });

  it("moves the primary flag, and moves it on when the primary is removed", async () => {
    const user = await createTestUser();
    const first = await confirm(user.id, "e@helse-demo.no");
    const second = await confirm(user.id, "e@demo-kommune.no");
    const primaryOf = async () =>
      (
        await getDb()
          .select()
          .from(userEmails)
          .where(and(eq(userEmails.userId, user.id), eq(userEmails.isPrimary, true)))
      ).map((e) => e.id);
    expect(await primaryOf()).toEqual([first]);
    await setPrimaryEmail(actorFor(user.id), second);
    expect(await primaryOf()).toEqual([second]);
    await removeEmail(actorFor(user.id), second);
    expect(await primaryOf()).toEqual([first]);
  });
});
