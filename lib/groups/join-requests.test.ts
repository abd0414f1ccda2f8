import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { joinRequests } from "@/lib/db/schema";
import { addPendingEmail } from "@/lib/emails/changes";
import { setupTestDatabase } from "@/lib/testing/db";
import { sendJoinRequest, withdrawJoinRequest } from "./join-requests";
import {
  addMember,
  auditOf,
  makeGroup,
  makeUser,
  notificationsOf,
  outboxTo,
  actorFor,
} from "@/lib/testing/groups";

setupTestDatabase();

let forum: string;
let adminA: string;
let adminB: string;

beforeAll(async () => {
  forum = await makeGroup("Sikkerhetsforum", "request");
  adminA = await makeUser("Anne Admin", "anne@forum.no");
  adminB = await makeUser("Bjørn Admin", "bjorn@forum.no");
  await addMember(adminA, forum, "admin");
  await addMember(adminB, forum, "admin");
});

afterEach(() => {
  vi.useRealTimers();
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

describe("sending a join request", () => {
  it("stores it pending, audits it, notifies every admin and emails them", async () => {
    const requester = await makeUser("Kari Nordmann", "kari@ukjent-sykehus.no");
    const { requestId } = await sendJoinRequest(actorFor(requester, "10.0.0.1"), {
      groupId: forum,
      message: "  Jeg jobber med IKT-sikkerhet.  ",
    });
    const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.id, requestId));
    expect(row).toMatchObject({ status: "pending", message: "Jeg jobber med IKT-sikkerhet." });

    const audit = await auditOf("join_request.sent");
    expect(audit.find((a) => a.targetId === requestId)).toMatchObject({
      actorUserId: requester,
      ip: "10.0.0.1",
    });
    for (const [admin, address] of [
      [adminA, "anne@forum.no"],
      [adminB, "bjorn@forum.no"],
    ] as const) {
      const received = (await notificationsOf(admin)).filter(
        (n) => n.kind === "join_request.received",
      );
      expect(received.at(-1)?.params).toMatchObject({
        groupName: "Sikkerhetsforum",
        requesterName: "Kari Nordmann",
      });
      const emails = await outboxTo(address);
      expect(emails.map((e) => e.idempotencyKey)).toContain(`join-request:${requestId}:${admin}`);
      expect(emails[0]!.subject).toBe("Ny forespørsel om medlemskap i Sikkerhetsforum");
      expect(emails[0]!.text).toContain("Kari Nordmann");
      expect(emails[0]!.html).toContain("fane=foresporsler");
    }
  });

  it("allows one open request per user and group: the unique index refuses a second", async () => {
    const requester = await makeUser("Per Dobbel");
    await sendJoinRequest(actorFor(requester), { groupId: forum });
    expect(await codeOf(sendJoinRequest(actorFor(requester), { groupId: forum }))).toBe(
      "duplicatePending",
    );
    // Not a check in code: the database itself refuses a second pending row.
    await expect(
      getDb().insert(joinRequests).values({ userId: requester, groupId: forum }),
    ).rejects.toThrow();
    const pending = await getDb()
      .select()
      .from(joinRequests)
      .where(and(eq(joinRequests.userId, requester), eq(joinRequests.status, "pending")));
    expect(pending).toHaveLength(1);
  });

  it("refuses two concurrent requests from the same user but stores one", async () => {
    const requester = await makeUser("Samtidig Søker");
    const results = await Promise.allSettled([
      sendJoinRequest(actorFor(requester), { groupId: forum }),
      sendJoinRequest(actorFor(requester), { groupId: forum }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await getDb()
      .select()
      .from(joinRequests)
      .where(eq(joinRequests.userId, requester));
    expect(rows).toHaveLength(1);
  });

  it("refuses closed groups, members and too long messages", async () => {
    const closed = await makeGroup("Lukket gruppe", "closed");
    const requester = await makeUser("Ola Lukket");
    expect(await codeOf(sendJoinRequest(actorFor(requester), { groupId: closed }))).toBe("closed");
    expect(await codeOf(sendJoinRequest(actorFor(adminA), { groupId: forum }))).toBe(
      "alreadyMember",
    );
    expect(
      await codeOf(
        sendJoinRequest(actorFor(requester), { groupId: forum, message: "x".repeat(1001) }),
      ),
    ).toBe("messageTooLong");
    const rows = await getDb()
      .select()
      .from(joinRequests)
      .where(eq(joinRequests.userId, requester));
    expect(rows).toHaveLength(0);
  });

  it("accepts requests to automatic groups for people without the domain", async () => {
    const automatic = await makeGroup("Auto HF", "automatic");
    const requester = await makeUser("Konsulent Karlsen");
    const { requestId } = await sendJoinRequest(actorFor(requester), { groupId: automatic });
    expect(requestId).toBeTruthy();
  });
});

describe("withdrawing a join request", () => {
  it("withdraws only the requester's own open request, then allows a new one", async () => {
    const requester = await makeUser("Trude Trekker");
    const other = await makeUser("Annen Person");
    const { requestId } = await sendJoinRequest(actorFor(requester), { groupId: forum });

    expect(await codeOf(withdrawJoinRequest(actorFor(other), requestId))).toBe("forbidden");
    await withdrawJoinRequest(actorFor(requester), requestId);
    const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.id, requestId));
    expect(row!.status).toBe("withdrawn");
    expect(row!.decidedAt).not.toBeNull();
    expect((await auditOf("join_request.withdrawn")).map((a) => a.targetId)).toContain(requestId);

    expect(await codeOf(withdrawJoinRequest(actorFor(requester), requestId))).toBe("notPending");
    await expect(sendJoinRequest(actorFor(requester), { groupId: forum })).resolves.toBeTruthy();
  });
});

describe("email to admins about new requests", () => {
  it("sends at most one email per admin and group per hour; the rest are notifications", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-03-04T08:05:00Z"));
    const group = await makeGroup("Travel gruppe", "request");
    const admin = await makeUser("Travel Admin", "travel.admin@gruppe.no");
    await addMember(admin, group, "admin");
    const other = await makeGroup("Annen gruppe", "request");
    await addMember(admin, other, "admin");

    const first = await makeUser("Første Søker");
    const second = await makeUser("Andre Søker");
    await sendJoinRequest(actorFor(first), { groupId: group });
    vi.setSystemTime(new Date("2030-03-04T08:40:00Z"));
    await sendJoinRequest(actorFor(second), { groupId: group });

    const received = (await notificationsOf(admin)).filter(
      (n) => n.kind === "join_request.received",
    );
    expect(received).toHaveLength(2);
    expect(await outboxTo("travel.admin@gruppe.no")).toHaveLength(1);

    // Another group has its own allowance…
    await sendJoinRequest(actorFor(first), { groupId: other });
    expect(await outboxTo("travel.admin@gruppe.no")).toHaveLength(2);

    // …and the next hour brings a new email.
    vi.setSystemTime(new Date("2030-03-04T09:10:00Z"));
    const third = await makeUser("Tredje Søker");
    await sendJoinRequest(actorFor(third), { groupId: group });
    expect(await outboxTo("travel.admin@gruppe.no")).toHaveLength(3);
  });

  it("emails only a primary, confirmed address", async () => {
    const group = await makeGroup("Uten e-post", "request");
    const admin = await makeUser("Admin Ubekreftet");
    await getDb().transaction((tx) => addPendingEmail(tx, admin, "ubekreftet@gruppe.no"));
    await addMember(admin, group, "admin");
    const requester = await makeUser("Søker Sørensen");
    await sendJoinRequest(actorFor(requester), { groupId: group });
    expect(await notificationsOf(admin)).toHaveLength(1);
    expect(await outboxTo("ubekreftet@gruppe.no")).toHaveLength(0);
  });
});
