import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { memberships } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { removeMember, setGroupAdmin } from "./members";
import {
  addMember,
  auditOf,
  makeGroup,
  makeUser,
  notificationsOf,
  roleIn,
  actorFor,
} from "@/lib/testing/groups";

setupTestDatabase();

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

async function adminCount(groupId: string): Promise<number> {
  const rows = await getDb()
    .select()
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.role, "admin")));
  return rows.length;
}

describe("managing members", () => {
  it("an admin makes a member admin and back, with notifications and audit", async () => {
    const group = await makeGroup("Rollegruppe");
    const admin = await makeUser("Ada Admin");
    const member = await makeUser("Mons Medlem");
    await addMember(admin, group, "admin");
    await addMember(member, group);

    await setGroupAdmin(actorFor(admin), { groupId: group, userId: member, admin: true });
    expect((await roleIn(member, group))?.role).toBe("admin");
    await setGroupAdmin(actorFor(admin), { groupId: group, userId: member, admin: false });
    expect((await roleIn(member, group))?.role).toBe("member");

    expect((await notificationsOf(member)).map((n) => n.kind).sort()).toEqual([
      "admin.granted",
      "admin.revoked",
    ]);
    expect((await auditOf("group_admin.granted")).map((a) => a.targetId)).toContain(member);
    expect((await auditOf("group_admin.revoked")).map((a) => a.targetId)).toContain(member);
  });

  it("an admin removes a member, who is told", async () => {
    const group = await makeGroup("Fjerngruppe");
    const admin = await makeUser("Ada Admin");
    const member = await makeUser("Mons Medlem");
    await addMember(admin, group, "admin");
    await addMember(member, group);
    await removeMember(actorFor(admin), { groupId: group, userId: member });
    expect(await roleIn(member, group)).toBeNull();
    expect((await notificationsOf(member)).map((n) => n.kind)).toEqual(["membership.removed"]);
    expect((await auditOf("membership.removed")).map((a) => a.targetId)).toContain(member);
  });

  it("a member can neither remove others nor make anyone admin", async () => {
    const group = await makeGroup("Vanlig gruppe");
    const admin = await makeUser("Ada Admin");
    const member = await makeUser("Mons Medlem");
    const other = await makeUser("Olga Medlem");
    await addMember(admin, group, "admin");
    await addMember(member, group);
    await addMember(other, group);
    expect(await codeOf(removeMember(actorFor(member), { groupId: group, userId: other }))).toBe(
      "forbidden",
    );
    expect(
      await codeOf(
        setGroupAdmin(actorFor(member), { groupId: group, userId: member, admin: true }),
      ),
    ).toBe("forbidden");
    expect(await roleIn(other, group)).not.toBeNull();
    expect((await roleIn(member, group))?.role).toBe("member");
  });
});

describe("a group keeps at least one admin", () => {
  it("the only admin can neither step down nor be removed", async () => {
    const group = await makeGroup("Enearvinger");
    const admin = await makeUser("Eneste Admin");
    await addMember(admin, group, "admin");
    expect(
      await codeOf(setGroupAdmin(actorFor(admin), { groupId: group, userId: admin, admin: false })),
    ).toBe("lastAdmin");
    expect(await codeOf(removeMember(actorFor(admin), { groupId: group, userId: admin }))).toBe(
      "lastAdmin",
    );
    expect(await adminCount(group)).toBe(1);
  });

  it("two admins revoking each other at the same time leave exactly one admin", async () => {
    const group = await makeGroup("Maktkamp");
    const first = await makeUser("Første Admin");
    const second = await makeUser("Andre Admin");
    await addMember(first, group, "admin");
    await addMember(second, group, "admin");
    const results = await Promise.allSettled([
      setGroupAdmin(actorFor(first), { groupId: group, userId: second, admin: false }),
      setGroupAdmin(actorFor(second), { groupId: group, userId: first, admin: false }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await adminCount(group)).toBe(1);
  });

  it("two admins removing each other at the same time leave exactly one admin", async () => {
    const group = await makeGroup("Maktkamp to");
    const first = await makeUser("Første Admin");
    const second = await makeUser("Andre Admin");
    await addMember(first, group, "admin");
    await addMember(second, group, "admin");
    const results = await Promise.allSettled([
      removeMember(actorFor(first), { groupId: group, userId: second }),
      removeMember(actorFor(second), { groupId: group, userId: first }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await adminCount(group)).toBe(1);
  });
});
