import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { groupDomains } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { sendJoinRequest } from "./join-requests";
import { searchGroups, searchWords } from "./search";
import { addMember, makeGroup, makeUser, actorFor } from "@/lib/testing/groups";

setupTestDatabase();

let forum: string;
let alesund: string;
let viewer: string;

beforeAll(async () => {
  forum = await makeGroup("Sikkerhetsforum for helse", "request", "Helse- og KommuneCERT");
  alesund = await makeGroup("Ålesund kommune", "automatic", "Ålesund kommune");
  await getDb().insert(groupDomains).values({ groupId: alesund, domain: "alesund.kommune.no" });
  await makeGroup("Hemmelig helsegruppe", "closed", "Lukket HF");
  await makeGroup("Percent_100%", "request", "Tegn AS");
  viewer = await makeUser("Søkende Sara");
});

async function names(term: string, viewerId: string | null = viewer) {
  return (await searchGroups(term, viewerId)).map((g) => g.name);
}

describe("group search", () => {
  it("finds groups by part of the group or organisation name, in any case", async () => {
    expect(await names("forum")).toEqual(["Sikkerhetsforum for helse"]);
    expect(await names("SIKKERHETS")).toEqual(["Sikkerhetsforum for helse"]);
    expect(await names("kommunecert")).toEqual(["Sikkerhetsforum for helse"]);
  });

  it("handles Norwegian letters and several words in any order", async () => {
    expect(await names("ålesund")).toEqual(["Ålesund kommune"]);
    expect(await names("ÅLESUND")).toEqual(["Ålesund kommune"]);
    expect(await names("helse forum")).toEqual(["Sikkerhetsforum for helse"]);
  });

  it("ranks names that start with the term first, then word starts, then shorter names", async () => {
    await makeGroup("Helse Nord IKT", "request", "Helse Nord RHF");
    await makeGroup("Prehelsetjenesten", "request", "Prehelse AS");
    expect(await names("helse")).toEqual([
      "Helse Nord IKT",
      "Sikkerhetsforum for helse",
      "Prehelsetjenesten",
    ]);
  });

  it("never shows closed groups", async () => {
    expect(await names("hemmelig")).toEqual([]);
    expect(await names("helse")).not.toContain("Hemmelig helsegruppe");
  });

  it("treats % and _ as plain characters", async () => {
    expect(searchWords("50%_a\\")).toEqual(["50\\%\\_a\\\\"]);
    expect(await names("0%")).toEqual(["Percent_100%"]);
    expect(await names("t_10")).toEqual(["Percent_100%"]);
    expect(await names("t_gn")).toEqual([]);
    expect(await names("t%s")).toEqual([]);
  });

  it("needs two characters and returns at most 20 hits", async () => {
    expect(await names("s")).toEqual([]);
    for (let i = 0; i < 25; i++) await makeGroup(`Masseprøve ${i}`, "request");
    expect(await names("masseprøve")).toHaveLength(20);
  });

  it("says which groups the viewer is in or has asked to join, and automatic domains", async () => {
    await sendJoinRequest(actorFor(viewer), { groupId: forum });
    await addMember(viewer, alesund);
    const [alesundHit] = await searchGroups("ålesund", viewer);
    expect(alesundHit).toMatchObject({
      viewer: "member",
      joinPolicy: "automatic",
      domains: ["alesund.kommune.no"],
    });
    const [forumHit] = await searchGroups("sikkerhetsforum", viewer);
    expect(forumHit).toMatchObject({ viewer: "pending", joinPolicy: "request" });
    expect(forumHit!.pendingRequestId).toBeTruthy();
    const [anonymous] = await searchGroups("sikkerhetsforum", null);
    expect(anonymous!.viewer).toBeNull();
  });
});
