import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { joinRequests, memberships } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { countPendingRequests, listPendingRequests } from "./admin-queries";
import { listGroupMembers } from "./queries";
import { decideJoinRequest } from "./decisions";
import { sendJoinRequest } from "./join-requests";
import { removeMember } from "./members";
import { isGroupAdmin } from "./permissions";
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

let groupA: string;
let groupB: string;
let adminA: string;
let adminA2: string;
let adminB: string;
let memberA: string;

beforeAll(async () => {
  groupA = await makeGroup("Gruppe A", "request");
  groupB = await makeGroup("Gruppe B", "request");
  adminA = await makeUser("Admin A", "admin.a@a.no");
  adminA2 = await makeUser("Admin A2", "admin.a2@a.no");
  adminB = await makeUser("Admin B", "admin.b@b.no");
  memberA = await makeUser("Medlem A");
  await addMember(adminA, groupA, "admin");
  await addMember(adminA2, groupA, "admin");
  await addMember(adminB, groupB, "admin");
  await addMember(memberA, groupA, "member");
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

async function newRequest(groupId: string, name = "Søker") {
  const userId = await makeUser(name, `${crypto.randomUUID()}@ukjent.no`);
  const { requestId } = await sendJoinRequest(actorFor(userId), { groupId, message: "Hei" });
  return { userId, requestId };
}

async function statusOf(requestId: string) {
  const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.id, requestId));
  return row!.status;
}

describe("approving and rejecting", () => {
  it("approval adds the membership from the request, notifies and audits", async () => {
    const { userId, requestId } = await newRequest(groupA, "Glad Godkjent");
    const result = await decideJoinRequest(actorFor(adminA), requestId, { decision: "approve" });
    expect(result.requesterName).toBe("Glad Godkjent");
    expect(await statusOf(requestId)).toBe("approved");
    expect(await roleIn(userId, groupA)).toEqual({ role: "member", source: "request" });
    const [note] = await notificationsOf(userId);
    expect(note).toMatchObject({
      kind: "join_request.approved",
      params: { groupName: "Gruppe A" },
    });
    expect((await auditOf("join_request.approved")).map((a) => a.targetId)).toContain(requestId);
  });

  it("rejection keeps the person out and tells them the reason", async () => {
    const { userId, requestId } = await newRequest(groupA, "Trist Avslått");
    await decideJoinRequest(actorFor(adminA), requestId, {
      decision: "reject",
      reason: "Gruppen er kun for helseforetak.",
    });
    const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.id, requestId));
    expect(row).toMatchObject({
      status: "rejected",
      decisionReason: "Gruppen er kun for helseforetak.",
    });
    expect(await roleIn(userId, groupA)).toBeNull();
    const [note] = await notificationsOf(userId);
    expect(note).toMatchObject({
      kind: "join_request.rejected",
      params: { reason: "Gruppen er kun for helseforetak." },
    });
    expect((await auditOf("join_request.rejected")).map((a) => a.targetId)).toContain(requestId);
  });

  it("two admins approving at the same time give one decision; the other is told", async () => {
    const { userId, requestId } = await newRequest(groupA, "Samtidig Søker");
    const results = await Promise.allSettled([
      decideJoinRequest(actorFor(adminA), requestId, { decision: "approve" }),
      decideJoinRequest(actorFor(adminA2), requestId, { decision: "approve" }),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r) => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0]!.reason as DomainError).code).toBe("alreadyDecided");
    const rows = await getDb()
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.groupId, groupA)));
    expect(rows).toHaveLength(1);
    expect(
      (await notificationsOf(userId)).filter((n) => n.kind.startsWith("join_request")),
    ).toHaveLength(1);
    expect(
      (await auditOf("join_request.approved")).filter((a) => a.targetId === requestId),
    ).toHaveLength(1);
  });

  it("approve against reject at the same time: one wins, the loser changes nothing", async () => {
    const { userId, requestId } = await newRequest(groupA, "Kappløp Søker");
    const results = await Promise.allSettled([
      decideJoinRequest(actorFor(adminA), requestId, { decision: "approve" }),
      decideJoinRequest(actorFor(adminA2), requestId, { decision: "reject" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const status = await statusOf(requestId);
    expect((await roleIn(userId, groupA)) !== null).toBe(status === "approved");
  });

  it("a decided request cannot be decided again", async () => {
    const { requestId } = await newRequest(groupA);
    await decideJoinRequest(actorFor(adminA), requestId, { decision: "reject" });
    expect(
      await codeOf(decideJoinRequest(actorFor(adminA2), requestId, { decision: "approve" })),
    ).toBe("alreadyDecided");
  });
});

describe("permissions", () => {
  it("an admin of group A can neither see nor decide the requests of group B", async () => {
    const { userId, requestId } = await newRequest(groupB, "B-søker");
    expect(await codeOf(listPendingRequests(adminA, groupB))).toBe("forbidden");
    expect(
      await codeOf(decideJoinRequest(actorFor(adminA), requestId, { decision: "approve" })),
    ).toBe("forbidden");
    expect(
      await codeOf(decideJoinRequest(actorFor(adminA), requestId, { decision: "reject" })),
    ).toBe("forbidden");
    expect(await statusOf(requestId)).toBe("pending");
    expect(await roleIn(userId, groupB)).toBeNull();
    // …while B's own admin sees it, with the requester's confirmed email.
    const pending = await listPendingRequests(adminB, groupB);
    expect(pending.requests.find((p) => p.id === requestId)?.confirmedEmails).toHaveLength(1);
  });

  it("a member cannot act as admin", async () => {
    const { requestId } = await newRequest(groupA);
    expect(await codeOf(listPendingRequests(memberA, groupA))).toBe("forbidden");
    expect(
      await codeOf(decideJoinRequest(actorFor(memberA), requestId, { decision: "approve" })),
    ).toBe("forbidden");
    expect(await statusOf(requestId)).toBe("pending");
  });

  it("a removed admin loses the rights at once", async () => {
    const group = await makeGroup("Gruppe C", "request");
    const stays = await makeUser("Blir Igjen");
    const leaves = await makeUser("Blir Fjernet");
    await addMember(stays, group, "admin");
    await addMember(leaves, group, "admin");
    const { requestId } = await newRequest(group);
    expect(await isGroupAdmin(leaves, group)).toBe(true);
    expect((await listPendingRequests(leaves, group)).requests).toHaveLength(1);

    await removeMember(actorFor(stays), { groupId: group, userId: leaves });

    expect(await isGroupAdmin(leaves, group)).toBe(false);
    expect(await codeOf(listPendingRequests(leaves, group))).toBe("forbidden");
    expect(
      await codeOf(decideJoinRequest(actorFor(leaves), requestId, { decision: "approve" })),
    ).toBe("forbidden");
    expect(await codeOf(removeMember(actorFor(leaves), { groupId: group, userId: stays }))).toBe(
      "forbidden",
    );
    expect(await statusOf(requestId)).toBe("pending");
  });
});

describe("the request tab, a page at a time", () => {
  it("shows 20 requests per page, newest first, each with its own confirmed emails and the total", async () => {
    const group = await makeGroup("Mange Søkere", "request");
    const admin = await makeUser("Travel Admin");
    await addMember(admin, group, "admin");
    const start = Date.UTC(2026, 0, 1);
    const people: { userId: string; email: string }[] = [];
    for (let i = 0; i < 45; i++) {
      const email = `soker${i}@mange.no`;
      const userId = await makeUser(`Søker ${String(i).padStart(2, "0")}`, email);
      people.push({ userId, email });
      await getDb()
        .insert(joinRequests)
        .values({ userId, groupId: group, createdAt: new Date(start + i * 60_000) });
    }

    const first = await listPendingRequests(admin, group);
    expect(first).toMatchObject({ total: 45, page: 1, pages: 3 });
    // Newest first: a request just sent is on the first page, however many wait.
    expect(first.requests.map((r) => r.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Søker ${String(44 - i).padStart(2, "0")}`),
    );
    expect(first.requests.map((r) => r.confirmedEmails)).toEqual(
      people
        .slice(25)
        .reverse()
        .map((p) => [p.email]),
    );

    const last = await listPendingRequests(admin, group, 3);
    expect(last).toMatchObject({ total: 45, page: 3, pages: 3 });
    expect(last.requests.map((r) => r.userId)).toEqual(
      people
        .slice(0, 5)
        .reverse()
        .map((p) => p.userId),
    );

    // A page past the end (its requests were just decided) shows the last page there is.
    const past = await listPendingRequests(admin, group, 9);
    expect(past.page).toBe(3);
    expect(past.requests).toHaveLength(5);
  });

  it("an empty group's tab is one empty page, and the count refuses a non-admin", async () => {
    const group = await makeGroup("Ingen Søkere", "request");
    const admin = await makeUser("Rolig Admin");
    await addMember(admin, group, "admin");
    expect(await listPendingRequests(admin, group, 4)).toEqual({
      requests: [],
      total: 0,
      page: 1,
      pages: 1,
    });
    expect(await countPendingRequests(admin, group)).toBe(0);
    expect(await codeOf(countPendingRequests(memberA, group))).toBe("forbidden");
  });
});

describe("the member list, a page at a time", () => {
  it("shows 50 members per page, admins first, then the newest, with the whole group's counts", async () => {
    const group = await makeGroup("Stor Gruppe", "request");
    const admins = [await makeUser("Zara Admin"), await makeUser("Åse Admin")];
    for (const id of admins) await addMember(id, group, "admin");
    const members: string[] = [];
    for (let i = 0; i < 58; i++) {
      const id = await makeUser(`Medlem ${String(i).padStart(2, "0")}`);
      members.push(id);
      await addMember(id, group, "member");
    }

    const first = await listGroupMembers(group);
    expect(first).toMatchObject({ total: 60, admins: 2, withPasskey: 0, page: 1, pages: 2 });
    expect(first.members).toHaveLength(50);
    expect(first.members.slice(0, 2).map((m) => m.name)).toEqual(["Åse Admin", "Zara Admin"]);
    // Someone just approved is on the first page, however large the group.
    expect(first.members[2]!.name).toBe("Medlem 57");

    const second = await listGroupMembers(group, 2);
    expect(second).toMatchObject({ total: 60, admins: 2, page: 2, pages: 2 });
    expect(second.members.map((m) => m.userId)).toEqual(members.slice(0, 10).reverse());
    // Past the end: the last page.
    expect((await listGroupMembers(group, 7)).page).toBe(2);
  });
});
