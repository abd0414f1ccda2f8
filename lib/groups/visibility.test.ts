import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { memberGroups } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { addMember, makeGroup, makeUser } from "@/lib/testing/groups";
import { getGroupForViewer } from "./queries";

// Issue 10, item 10: a closed group is not shown by slug to anyone but its members.
setupTestDatabase();

async function slugOf(groupId: string) {
  const [row] = await getDb()
    .select({ slug: memberGroups.slug })
    .from(memberGroups)
    .where(eq(memberGroups.id, groupId));
  return row!.slug;
}

describe("a group by slug", () => {
  it("is nothing to a non-member when closed, exactly as a slug that does not exist", async () => {
    const closed = await makeGroup("Lukket beredskap", "closed");
    const outsider = await makeUser("Olav Utenfor");
    expect(await getGroupForViewer(await slugOf(closed), outsider)).toBeNull();
    expect(await getGroupForViewer("finnes-ikke-123", outsider)).toBeNull();
  });

  it("is shown to the closed group's members and admins, with their role", async () => {
    const closed = await makeGroup("Lukket ledelse", "closed");
    const member = await makeUser("Mia Medlem");
    const admin = await makeUser("Ada Admin");
    await addMember(member, closed);
    await addMember(admin, closed, "admin");
    const slug = await slugOf(closed);
    expect(await getGroupForViewer(slug, member)).toMatchObject({
      group: { id: closed, name: "Lukket ledelse" },
      role: "member",
    });
    expect(await getGroupForViewer(slug, admin)).toMatchObject({ role: "admin" });
  });

  it("is shown to everyone when it takes requests or joins by domain", async () => {
    const open = await makeGroup("Åpent forum", "request");
    const automatic = await makeGroup("Helse Auto", "automatic");
    const outsider = await makeUser("Olav Utenfor");
    expect(await getGroupForViewer(await slugOf(open), outsider)).toMatchObject({ role: null });
    expect(await getGroupForViewer(await slugOf(automatic), outsider)).toMatchObject({
      role: null,
    });
  });
});
