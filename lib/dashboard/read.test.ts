import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { notices, oidcClients, passkeys, serviceGroups, services } from "@/lib/db/schema";
import { serviceLoginUrls } from "@/lib/oidc/clients";
import { countPasskeys } from "@/lib/passkeys/manage";
import { groupsOfUser, noticesForGroups, servicesForGroups } from "@/lib/services/queries";
import { setupTestDatabase } from "@/lib/testing/db";
import { addMember, makeGroup, makeUser } from "@/lib/testing/groups";
import { readDashboard } from "./read";

const forumHours = [{ day: 1 as const, from: "08:00", to: "11:30" }];

setupTestDatabase();

let member: string;
let loner: string;
let mine: string;
let other: string;

async function service(slug: string, values: Partial<typeof services.$inferInsert> = {}) {
  const [row] = await getDb()
    .insert(services)
    .values({ slug, name: slug, openingHours: null, ...values })
    .returning({ id: services.id });
  return row!.id;
}

beforeAll(async () => {
  member = await makeUser("Dashbord Dina");
  loner = await makeUser("Uten Gruppe");
  mine = await makeGroup("Min gruppe", "request");
  const second = await makeGroup("Annen gruppe", "request");
  other = await makeGroup("Fremmed gruppe", "request");
  await addMember(member, mine);
  await addMember(member, second, "admin");
  const linked = await service("koblet", { sortOrder: 3, requiresPhishingResistant: true });
  const forAll = await service("for-alle", { sortOrder: 1, offeredToAll: true });
  const foreign = await service("fremmed", { sortOrder: 2 });
  // Own login through the portal: the card links there; a switched-off client or another
  // group's service gives no link.
  await getDb()
    .insert(oidcClients)
    .values([
      {
        serviceId: linked,
        clientId: "koblet",
        secretHash: "h",
        initiateLoginUri: "https://koblet.example/login",
      },
      {
        serviceId: forAll,
        clientId: "alle",
        secretHash: "h",
        enabled: false,
        initiateLoginUri: "https://alle.example/login",
      },
      {
        serviceId: foreign,
        clientId: "fremmed",
        secretHash: "h",
        initiateLoginUri: "https://fremmed.example/login",
      },
    ]);
  await service("kveld", { sortOrder: 4, offeredToAll: true, openingHours: forumHours });
  await getDb()
    .insert(serviceGroups)
    .values([
      { serviceId: linked, groupId: mine },
      { serviceId: linked, groupId: second },
      { serviceId: foreign, groupId: other },
    ]);
  const day = 86_400_000;
  await getDb()
    .insert(notices)
    .values([
      ...Array.from({ length: 4 }, (_, i) => ({
        groupId: null,
        title: `Til alle ${i}`,
        body: "b",
        publishedAt: new Date(Date.now() - (i * 2 + 1) * day),
      })),
      { groupId: mine, title: "Til min", body: "b", publishedAt: new Date(Date.now() - 2 * day) },
      { groupId: other, title: "Til andre", body: "b", publishedAt: new Date() },
      { groupId: second, title: "Gammel", body: "b", publishedAt: new Date(Date.now() - 30 * day) },
    ]);
  await getDb().insert(passkeys).values({
    userId: member,
    credentialId: "cred-dashboard",
    publicKey: "pk",
    deviceType: "singleDevice",
    backedUp: false,
    name: "Jobbtelefonen",
  });
});

describe("the dashboard in one statement", () => {
  it("reads what the separate queries read: groups, services, notices and passkeys", async () => {
    const groups = await groupsOfUser(member);
    const ids = groups.map((g) => g.id);
    const dashboard = await readDashboard(member);
    expect(dashboard.groups).toEqual(groups);
    expect(dashboard.services).toEqual(await servicesForGroups(ids));
    expect(dashboard.notices).toEqual(await noticesForGroups(ids));
    expect(dashboard.passkeyCount).toBe(await countPasskeys(member));
    expect(dashboard.loginUrls).toEqual(
      await serviceLoginUrls(dashboard.services.map((s) => s.id)),
    );
  });

  it("shows the user's groups' services and notices, not other groups'", async () => {
    const dashboard = await readDashboard(member);
    expect(dashboard.groups.map((g) => g.name)).toEqual(["Annen gruppe", "Min gruppe"]);
    expect(dashboard.services.map((s) => s.slug)).toEqual(["for-alle", "koblet", "kveld"]);
    expect(dashboard.services[1]!.requiresPhishingResistant).toBe(true);
    expect(dashboard.services[2]!.openingHours).toEqual(forumHours);
    expect(dashboard.notices.map((n) => n.title)).toEqual([
      "Til alle 0",
      "Til min",
      "Til alle 1",
      "Til alle 2",
      "Til alle 3",
    ]);
    expect(dashboard.notices[0]!.publishedAt).toBeInstanceOf(Date);
    expect(dashboard.passkeyCount).toBe(1);
    expect([...dashboard.loginUrls.values()]).toEqual(["https://koblet.example/login"]);
  });

  it("offers no services without a group, but the notices for everyone", async () => {
    const dashboard = await readDashboard(loner);
    expect(dashboard.groups).toEqual([]);
    expect(dashboard.services).toEqual([]);
    expect(dashboard.notices.map((n) => n.title)).toEqual(
      await noticesForGroups([]).then((rows) => rows.map((n) => n.title)),
    );
    expect(dashboard.passkeyCount).toBe(0);
  });
});
