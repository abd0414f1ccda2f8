import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { joinRequestDigests, joinRequests } from "@/lib/db/schema";
import { setJoinRequestDigest } from "@/lib/notifications/preferences";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor, addMember, makeGroup, makeUser, outboxTo } from "@/lib/testing/groups";
import { decideJoinRequest } from "./decisions";
import { osloClock, sendJoinRequestDigests } from "./digest";
import { sendJoinRequest } from "./join-requests";

setupTestDatabase();

const SUBJECT = /forespørsler? om medlemskap venter på svar$/;

function at(iso: string): Date {
  const date = new Date(iso);
  vi.setSystemTime(date);
  return date;
}

async function digestsTo(address: string) {
  return (await outboxTo(address)).filter((mail) => SUBJECT.test(mail.subject));
}

let forum: string;
let kommune: string;
let anne: string;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  at("2026-11-21T15:00:00Z");
  forum = await makeGroup("Sikkerhetsforum", "request");
  kommune = await makeGroup("Nabokommune", "request");
  anne = await makeUser("Anne Admin", "anne@forum.no");
  await addMember(anne, forum, "admin");
  await addMember(anne, kommune, "admin");
  const kari = await makeUser("Kari Nordmann", "kari@ukjent.no");
  const ola = await makeUser("Ola Nordmann", "ola@ukjent.no");
  const first = await sendJoinRequest(actorFor(kari), { groupId: forum });
  const second = await sendJoinRequest(actorFor(ola), { groupId: forum });
  const third = await sendJoinRequest(actorFor(ola), { groupId: kommune });
  // The database stamps the rows with its own clock: set the days the requests came in.
  const sentOn = async (id: string, iso: string) =>
    getDb()
      .update(joinRequests)
      .set({ createdAt: new Date(iso) })
      .where(eq(joinRequests.id, id));
  await sentOn(first.requestId, "2026-11-20T09:00:00Z");
  await sentOn(second.requestId, "2026-11-21T14:00:00Z");
  await sentOn(third.requestId, "2026-11-21T14:00:00Z");
});

describe("the group admins' morning summary", () => {
  it("knows the day and hour in Oslo, summer and winter", () => {
    expect(osloClock(new Date("2026-11-23T06:59:00Z"))).toEqual({ day: "2026-11-23", hour: 7 });
    expect(osloClock(new Date("2026-11-23T07:00:00Z"))).toEqual({ day: "2026-11-23", hour: 8 });
    expect(osloClock(new Date("2026-07-01T06:00:00Z"))).toEqual({ day: "2026-07-01", hour: 8 });
    expect(osloClock(new Date("2026-12-31T23:30:00Z"))).toEqual({ day: "2027-01-01", hour: 0 });
  });

  it("waits until 08:00 Oslo time, and sends nothing in the afternoon", async () => {
    expect(await sendJoinRequestDigests(at("2026-11-23T06:59:00Z"))).toBe(0);
    expect(await sendJoinRequestDigests(at("2026-11-23T11:00:00Z"))).toBe(0);
    expect(await digestsTo("anne@forum.no")).toHaveLength(0);
  });

  it("sends one summary per admin and day with the count and the oldest per group, from any number of instances at once", async () => {
    const runs = await Promise.all([
      sendJoinRequestDigests(at("2026-11-24T07:05:00Z")),
      sendJoinRequestDigests(at("2026-11-24T07:05:00Z")),
      sendJoinRequestDigests(at("2026-11-24T07:05:00Z")),
    ]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await sendJoinRequestDigests(at("2026-11-24T07:15:00Z"))).toBe(0);
    const [mail, ...more] = await digestsTo("anne@forum.no");
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("Tre forespørsler om medlemskap venter på svar");
    expect(mail!.text).toContain("Sikkerhetsforum");
    expect(mail!.text).toContain("To forespørsler, den eldste fra 20. nov. 2026.");
    expect(mail!.text).toContain("Nabokommune");
    expect(mail!.text).toContain("Én forespørsel, den eldste fra 21. nov. 2026.");
    expect(mail!.text).toContain("slå den av under Min profil");
    const claims = await getDb()
      .select()
      .from(joinRequestDigests)
      .where(eq(joinRequestDigests.userId, anne));
    expect(claims).toEqual([expect.objectContaining({ day: "2026-11-24", pendingCount: 3 })]);
  });

  it("sends nothing when no request waits, and nothing to an admin who turned it off", async () => {
    const bjorn = await makeUser("Bjørn Admin", "bjorn@stille.no");
    const quiet = await makeGroup("Stille gruppe", "request");
    await addMember(bjorn, quiet, "admin");
    const cecilie = await makeUser("Cecilie Admin", "cecilie@forum.no");
    await addMember(cecilie, forum, "admin");
    await setJoinRequestDigest(cecilie, false);

    expect(await sendJoinRequestDigests(at("2026-11-25T07:05:00Z"))).toBe(1);
    expect(await digestsTo("anne@forum.no")).toHaveLength(2);
    expect(await digestsTo("bjorn@stille.no")).toHaveLength(0);
    expect(await digestsTo("cecilie@forum.no")).toHaveLength(0);
  });

  it("stops once the requests are handled", async () => {
    const pending = await getDb()
      .select({ id: joinRequests.id })
      .from(joinRequests)
      .where(eq(joinRequests.status, "pending"));
    for (const request of pending) {
      await decideJoinRequest(actorFor(anne), request.id, { decision: "approve" });
    }
    expect(await sendJoinRequestDigests(at("2026-11-26T07:05:00Z"))).toBe(0);
    expect(await digestsTo("anne@forum.no")).toHaveLength(2);
  });
});
