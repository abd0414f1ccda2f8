import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AccessRefusedError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { passkeys } from "@/lib/db/schema";
import { listGroupMembers } from "@/lib/groups/queries";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor, addMember, auditOf, makeGroup, makeUser, outboxTo } from "@/lib/testing/groups";
import { portalPasskeyShare, sendPasskeyReminders } from "./adoption";

setupTestDatabase();

afterEach(() => vi.useRealTimers());

async function givePasskey(userId: string) {
  await getDb()
    .insert(passkeys)
    .values({
      userId,
      credentialId: randomBytes(16).toString("base64url"),
      publicKey: "pk",
      deviceType: "multiDevice",
      backedUp: true,
      name: "Nøkkel",
    });
}

async function groupOfFour() {
  const tag = randomBytes(3).toString("hex");
  const groupId = await makeGroup(`Adopsjon ${tag}`);
  const admin = await makeUser("Anne Admin", `anne.${tag}@adopsjon.no`);
  const without = await makeUser("Bjørn Uten", `bjorn.${tag}@adopsjon.no`);
  const withKey = await makeUser("Cecilie Med", `cecilie.${tag}@adopsjon.no`);
  const noEmail = await makeUser("Dag Uten E-post");
  await addMember(admin, groupId, "admin");
  for (const id of [without, withKey, noEmail]) await addMember(id, groupId);
  await givePasskey(admin);
  await givePasskey(withKey);
  return { groupId, admin, without, withKey, noEmail, tag };
}

describe("passkey adoption in a group", () => {
  it("shows who has a passkey, never which kind", async () => {
    const { groupId, admin, without } = await groupOfFour();
    const list = await listGroupMembers(groupId);
    const { members } = list;
    expect(list).toMatchObject({ total: 4, admins: 1, withPasskey: 2 });
    expect(members.filter((m) => m.hasPasskey)).toHaveLength(2);
    expect(members.find((m) => m.userId === admin)).toMatchObject({ hasPasskey: true });
    expect(members.find((m) => m.userId === without)).toMatchObject({ hasPasskey: false });
    expect(Object.keys(members[0]!)).not.toContain("deviceType");
  });

  it("`Send påminnelse` emails the guide to members without one, at most once per 30 days", async () => {
    const { groupId, admin, tag } = await groupOfFour();
    const bjorn = `bjorn.${tag}@adopsjon.no`;
    expect(await sendPasskeyReminders(actorFor(admin), groupId)).toBe(1);
    expect((await outboxTo(bjorn)).map((e) => e.subject)).toEqual([
      "Logg inn tryggere med en passnøkkel",
    ]);
    expect(await outboxTo(`cecilie.${tag}@adopsjon.no`)).toHaveLength(0);
    // Pressed again: nobody gets it twice.
    expect(await sendPasskeyReminders(actorFor(admin), groupId)).toBe(0);
    expect(await outboxTo(bjorn)).toHaveLength(1);

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() + 31 * 86_400_000));
    expect(await sendPasskeyReminders(actorFor(admin), groupId)).toBe(1);
    expect(await outboxTo(bjorn)).toHaveLength(2);
    const audit = (await auditOf("passkey.reminders_sent")).filter((e) => e.targetId === groupId);
    expect(audit.map((e) => (e.details as { sent: number }).sent)).toEqual([1, 0, 1]);
  });

  it("is refused, audited, and sends nothing for a member who is not the group's admin", async () => {
    const { groupId, without, tag } = await groupOfFour();
    const other = await groupOfFour();
    for (const caller of [without, other.admin]) {
      await expect(sendPasskeyReminders(actorFor(caller), groupId)).rejects.toBeInstanceOf(
        AccessRefusedError,
      );
    }
    expect(await outboxTo(`bjorn.${tag}@adopsjon.no`)).toHaveLength(0);
    expect((await auditOf("passkey.reminders_sent")).filter((e) => e.targetId === groupId)).toEqual(
      [],
    );
  });

  it("counts the share for the whole portal", async () => {
    const before = await portalPasskeyShare();
    await groupOfFour();
    const after = await portalPasskeyShare();
    expect(after.total - before.total).toBe(4);
    expect(after.withPasskey - before.withPasskey).toBe(2);
  });
});
