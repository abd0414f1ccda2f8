import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { AccessRefusedError, DomainError } from "@/lib/actions/errors";
import { readDashboard } from "@/lib/dashboard/read";
import { getDb } from "@/lib/db/client";
import { notices } from "@/lib/db/schema";
import { listGroupNotices } from "@/lib/groups/queries";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor, addMember, auditOf, makeGroup, makeUser } from "@/lib/testing/groups";
import { activeCriticalNotices } from "./active";
import { fromOsloWallTime, toOsloWallTime } from "./oslo-time";
import { noticeFieldsSchema } from "./schedule";
import { endNotice, publishGroupNotice } from "./write";

setupTestDatabase();

const minute = 60_000;
const fields = (values: Record<string, string>) =>
  noticeFieldsSchema.parse({ title: "Nedetid", body: "VPN er nede.", ...values });

describe("scheduled notices for a group", () => {
  it("reads datetime-local fields as Oslo time, summer and winter", () => {
    expect(fromOsloWallTime("2026-07-01T08:00")?.toISOString()).toBe("2026-07-01T06:00:00.000Z");
    expect(fromOsloWallTime("2026-12-01T08:00")?.toISOString()).toBe("2026-12-01T07:00:00.000Z");
    expect(toOsloWallTime(new Date("2026-12-01T07:00:00Z"))).toBe("2026-12-01T08:00");
    expect(fromOsloWallTime("i morgen")).toBeNull();
  });

  it("shows only to the group's members, inside its window, most severe first, and ends by itself", async () => {
    const admin = await makeUser("Gunnar Admin");
    const member = await makeUser("Mia Medlem");
    const outsider = await makeUser("Ola Utenfor");
    const groupId = await makeGroup("Helse Vest");
    const otherGroup = await makeGroup("Annen");
    await addMember(admin, groupId, "admin");
    await addMember(member, groupId);
    await addMember(outsider, otherGroup);
    const start = new Date(Date.now() + 10 * minute);
    const end = new Date(Date.now() + 70 * minute);
    const id = await publishGroupNotice(
      actorFor(admin),
      groupId,
      fields({
        severity: "critical",
        visibleFrom: toOsloWallTime(start),
        visibleUntil: toOsloWallTime(end),
      }),
    );
    await publishGroupNotice(actorFor(admin), groupId, fields({ title: "Info nå" }));

    const titles = async (userId: string, at: Date) =>
      (await readDashboard(userId, at)).notices.map((n) => n.title);
    expect(await titles(member, new Date())).toEqual(["Info nå"]);
    const during = new Date(start.getTime() + 5 * minute);
    expect(await titles(member, during)).toEqual(["Nedetid", "Info nå"]);
    expect(await titles(outsider, during)).toEqual([]);
    expect((await activeCriticalNotices(member, during)).map((n) => n.id)).toEqual([id]);
    expect(await activeCriticalNotices(outsider, during)).toEqual([]);
    expect(await titles(member, new Date(end.getTime() + minute))).toEqual(["Info nå"]);
    expect((await listGroupNotices(groupId)).map((n) => n.title)).toEqual(["Info nå"]);
    const [event] = (await auditOf("notice.published")).filter((e) => e.targetId === id);
    expect(event).toMatchObject({ actorUserId: admin, details: { severity: "critical", groupId } });
  });

  it("refuses an end time before the start, and a member or another group's admin", async () => {
    const admin = await makeUser("Gunnar Admin");
    const otherAdmin = await makeUser("Annen Admin");
    const groupId = await makeGroup("Helse Midt");
    const otherGroup = await makeGroup("Annen gruppe");
    await addMember(admin, groupId, "admin");
    await addMember(otherAdmin, otherGroup, "admin");
    const later = toOsloWallTime(new Date(Date.now() + 120 * minute));
    const sooner = toOsloWallTime(new Date(Date.now() + 60 * minute));
    await expect(
      publishGroupNotice(
        actorFor(admin),
        groupId,
        fields({ visibleFrom: later, visibleUntil: sooner }),
      ),
    ).rejects.toBeInstanceOf(DomainError);
    await expect(
      publishGroupNotice(actorFor(otherAdmin), groupId, fields({})),
    ).rejects.toBeInstanceOf(AccessRefusedError);
    expect(await getDb().select().from(notices).where(eq(notices.groupId, groupId))).toEqual([]);

    const id = await publishGroupNotice(actorFor(admin), groupId, fields({}));
    // Naming one's own group with another group's notice is refused too.
    await expect(
      endNotice(actorFor(otherAdmin), id, { kind: "group-admin", groupId: otherGroup }),
    ).rejects.toBeInstanceOf(AccessRefusedError);
    await expect(
      endNotice(actorFor(otherAdmin), id, { kind: "group-admin", groupId }),
    ).rejects.toBeInstanceOf(AccessRefusedError);
    const [still] = await getDb().select().from(notices).where(eq(notices.id, id));
    expect(still!.visibleUntil).toBeNull();

    await endNotice(actorFor(admin), id, { kind: "group-admin", groupId });
    const [ended] = await getDb().select().from(notices).where(eq(notices.id, id));
    expect(ended!.visibleUntil).not.toBeNull();
    expect((await listGroupNotices(groupId)).map((n) => n.id)).not.toContain(id);
    expect((await auditOf("notice.ended")).map((e) => e.targetId)).toContain(id);
  });
});
