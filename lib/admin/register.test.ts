import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/actions/errors";
import { getDb } from "@/lib/db/client";
import { groupDomains, joinRequests, memberGroups, organisations } from "@/lib/db/schema";
import { addPendingEmail } from "@/lib/emails/changes";
import { suggestedGroupsFor } from "@/lib/membership/suggested";
import { setupTestDatabase } from "@/lib/testing/db";
import {
  actorFor,
  addMember,
  auditOf,
  makeUser,
  notificationsOf,
  roleIn,
} from "@/lib/testing/groups";
import { addDomain, domainSchema, previewDomain, removeDomain } from "./domains";
import { addGroupAdmin, removeGroupAdmin } from "./group-admins";
import { createGroup, groupSchema, listGroupsForSupport, updateGroup } from "./groups";
import {
  createOrganisation,
  deleteOrganisation,
  organisationSchema,
  updateOrganisation,
} from "./organisations";

setupTestDatabase();

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

let orgSeq = 0;
/** A valid, unused organisation number (mod-11), different for each call. */
function orgNumber(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const base = String(92_000_000 + ((orgSeq++ * 7919 + Date.now()) % 7_000_000)).padStart(8, "0");
    const sum = weights.reduce((acc, w, i) => acc + w * Number(base[i]), 0);
    const check = sum % 11 === 0 ? 0 : 11 - (sum % 11);
    if (check !== 10) return `${base}${check}`;
  }
}

async function support() {
  return actorFor(await makeUser("Siri Support"));
}

async function org(name = "Testsykehuset HF") {
  return createOrganisation(
    await support(),
    organisationSchema.parse({ name, orgNumber: orgNumber() }),
  );
}

async function group(name: string, joinPolicy: string, organisationId?: string) {
  const actor = await support();
  const input = groupSchema.parse({
    name,
    organisationId: organisationId ?? (await org(`${name} org`)),
    joinPolicy,
  });
  return createGroup(actor, input);
}

describe("virksomheter", () => {
  it("refuses an organisation number with a wrong check digit or the wrong length", () => {
    const bad = organisationSchema.safeParse({ name: "X", orgNumber: "974760674" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe(
      "Organisasjonsnummeret er ikke gyldig. Kontroller sifrene.",
    );
    expect(organisationSchema.safeParse({ name: "X", orgNumber: "12345" }).success).toBe(false);
    expect(organisationSchema.parse({ name: " X ", orgNumber: "974 760 673" })).toEqual({
      name: "X",
      orgNumber: "974760673",
    });
  });

  it("creates, audits, refuses a duplicate number and edits", async () => {
    const actor = await support();
    const number = orgNumber();
    const id = await createOrganisation(actor, { name: "Vestre sykehus", orgNumber: number });
    const created = (await auditOf("admin.organisation_created")).find((e) => e.targetId === id);
    expect(created).toMatchObject({ actorUserId: actor.userId, targetType: "organisation" });

    expect(await codeOf(createOrganisation(actor, { name: "Kopi", orgNumber: number }))).toBe(
      "org_number_taken",
    );
    await updateOrganisation(actor, id, { name: "Vestre sykehus HF", orgNumber: number });
    const [row] = await getDb().select().from(organisations).where(eq(organisations.id, id));
    expect(row!.name).toBe("Vestre sykehus HF");
  });

  it("refuses to delete an organisation while it has groups, and deletes it after", async () => {
    const actor = await support();
    const id = await org("Slettes AS");
    const g = await group("Slettegruppe", "request", id);
    expect(await codeOf(deleteOrganisation(actor, id))).toBe("organisation_has_groups");
    await getDb().delete(memberGroups).where(eq(memberGroups.id, g.id));
    await deleteOrganisation(actor, id);
    expect(await getDb().select().from(organisations).where(eq(organisations.id, id))).toEqual([]);
  });
});

describe("medlemsgrupper", () => {
  it("makes a unique slug from the name, and an explicit slug must be free", async () => {
    const first = await group("Helse Sør-Øst", "request");
    const second = await group("Helse Sør-Øst", "request");
    expect(first.slug).toBe("helse-sor-ost");
    expect(second.slug).toBe("helse-sor-ost-2");
    const actor = await support();
    const [g] = await getDb().select().from(memberGroups).where(eq(memberGroups.id, second.id));
    const input = groupSchema.parse({
      name: "Helse Sør-Øst",
      organisationId: g!.organisationId,
      joinPolicy: "suggested",
      slug: "helse-sor-ost",
    });
    expect(await codeOf(updateGroup(actor, second.id, input))).toBe("slug_taken");
    await updateGroup(actor, second.id, { ...input, slug: "hso-2" });
    const [after] = await getDb().select().from(memberGroups).where(eq(memberGroups.id, second.id));
    expect(after).toMatchObject({ slug: "hso-2", joinPolicy: "suggested" });
  });

  it("lists groups by search with members, admins and pending requests", async () => {
    const g = await group("Listegruppen Østre", "request");
    const admin = await makeUser("Åse Admin");
    const member = await makeUser("Mons Medlem");
    const asker = await makeUser("Sander Spør");
    await addMember(admin, g.id, "admin");
    await addMember(member, g.id);
    await getDb().insert(joinRequests).values({ userId: asker, groupId: g.id });
    const rows = await listGroupsForSupport("listegruppen ØSTRE");
    expect(rows).toMatchObject([
      { id: g.id, members: 2, pending: 1, admins: ["Åse Admin"], joinPolicy: "request" },
    ]);
    expect(await listGroupsForSupport("finnes-ikke-gruppe")).toEqual([]);
  });

  it("refuses a bad slug and a missing opptak", () => {
    const base = { name: "A", organisationId: crypto.randomUUID() };
    expect(groupSchema.safeParse({ ...base, joinPolicy: "automatic", slug: "Æ bc" }).success).toBe(
      false,
    );
    expect(groupSchema.safeParse({ ...base }).success).toBe(false);
  });
});

describe("domains", () => {
  it("refuses public mail providers with the shared list, and bad domains", () => {
    for (const domain of ["gmail.com", "HOTMAIL.COM", "online.no", "live.no", "@icloud.com"]) {
      const parsed = domainSchema.safeParse({ domain });
      expect(parsed.success, domain).toBe(false);
    }
    expect(domainSchema.safeParse({ domain: "ikke et domene" }).success).toBe(false);
    expect(domainSchema.parse({ domain: " @Sykehus.NO ", includeSubdomains: "on" })).toEqual({
      domain: "sykehus.no",
      includeSubdomains: true,
    });
  });

  it("Automatisk: preview counts, saving joins them in one go with notifications and the count", async () => {
    const g = await group("Nordsykehuset", "automatic");
    const ada = await makeUser("Ada", "ada@nordsykehuset.no");
    const bo = await makeUser("Bo", "bo@avd.nordsykehuset.no");
    const already = await makeUser("Cecilie", "cecilie@nordsykehuset.no");
    await addMember(already, g.id);
    // An unconfirmed address does not count.
    const dan = await makeUser("Dan");
    await getDb().transaction((tx) => addPendingEmail(tx, dan, "dan@nordsykehuset.no"));

    const exact = domainSchema.parse({ domain: "nordsykehuset.no" });
    const withSub = domainSchema.parse({ domain: "nordsykehuset.no", includeSubdomains: "on" });
    expect(await previewDomain(g.id, exact)).toBe(1);
    expect(await previewDomain(g.id, withSub)).toBe(2);

    const actor = await support();
    expect(await addDomain(actor, g.id, withSub)).toEqual({ joined: 2 });
    expect(await roleIn(ada, g.id)).toMatchObject({ role: "member", source: "domain" });
    expect(await roleIn(bo, g.id)).toMatchObject({ role: "member", source: "domain" });
    expect(await roleIn(dan, g.id)).toBeNull();
    expect((await notificationsOf(ada)).map((n) => n.kind)).toContain("membership.added");
    const event = (await auditOf("admin.domain_added")).find((e) => e.targetId === g.id);
    expect(event).toMatchObject({
      actorUserId: actor.userId,
      details: { domain: "nordsykehuset.no", membersAdded: 2 },
    });

    // A domain belongs to one group only.
    const other = await group("Annen gruppe", "automatic");
    expect(await codeOf(addDomain(actor, other.id, exact))).toBe("domain_taken");

    // Removing it keeps the members.
    const [row] = await getDb().select().from(groupDomains).where(eq(groupDomains.groupId, g.id));
    await removeDomain(actor, { groupId: g.id, domainId: row!.id });
    expect(await roleIn(ada, g.id)).not.toBeNull();
  });

  it("switching a group to Automatisk joins the people its domains already match", async () => {
    const g = await group("Byttegruppen", "suggested");
    const frida = await makeUser("Frida", "frida@bytte-test.no");
    const actor = await support();
    await addDomain(actor, g.id, domainSchema.parse({ domain: "bytte-test.no" }));
    expect(await roleIn(frida, g.id)).toBeNull();

    const [row] = await getDb().select().from(memberGroups).where(eq(memberGroups.id, g.id));
    const edit = (joinPolicy: string) =>
      groupSchema.parse({ name: row!.name, organisationId: row!.organisationId, joinPolicy });
    await updateGroup(actor, g.id, edit("automatic"));
    expect(await roleIn(frida, g.id)).toMatchObject({ role: "member", source: "domain" });
    expect((await notificationsOf(frida)).map((n) => n.kind)).toContain("membership.added");
    const event = (await auditOf("admin.group_updated")).find((e) => e.targetId === g.id);
    expect(event?.details).toMatchObject({ membersAdded: 1 });

    // Saving it again as Automatisk changes nothing more.
    await updateGroup(actor, g.id, edit("automatic"));
    const events = (await auditOf("admin.group_updated")).filter((e) => e.targetId === g.id);
    expect(events.map((e) => (e.details as { membersAdded: number }).membersAdded)).toEqual([1, 0]);
  });

  it("Forslag: saving joins nobody; the person sees the group suggested", async () => {
    const g = await group("Forslagsgruppen", "suggested");
    const eva = await makeUser("Eva", "eva@forslag-test.no");
    const actor = await support();
    const domain = domainSchema.parse({ domain: "forslag-test.no" });
    expect(await previewDomain(g.id, domain)).toBe(1);
    expect(await addDomain(actor, g.id, domain)).toEqual({ joined: 0 });
    expect(await roleIn(eva, g.id)).toBeNull();
    const suggested = await suggestedGroupsFor(eva);
    expect(suggested).toMatchObject([{ id: g.id, domain: "forslag-test.no", pending: false }]);
    await addMember(eva, g.id);
    expect(await suggestedGroupsFor(eva)).toEqual([]);

    // A parent domain suggests its subdomains' people only when registered with subdomains.
    const wide = await group("Vid forslag", "suggested");
    const narrow = await group("Smal forslag", "suggested");
    const siv = await makeUser("Siv", "siv@avd.region-test.no");
    await addDomain(actor, narrow.id, domainSchema.parse({ domain: "avd.region-test.no" }));
    await addDomain(
      actor,
      wide.id,
      domainSchema.parse({ domain: "region-test.no", includeSubdomains: "on" }),
    );
    expect((await suggestedGroupsFor(siv)).map((s) => [s.id, s.domain])).toEqual([
      [narrow.id, "avd.region-test.no"],
      [wide.id, "region-test.no"],
    ]);
    const plain = await group("Uten under", "suggested");
    await addDomain(actor, plain.id, domainSchema.parse({ domain: "plain-test.no" }));
    expect(await suggestedGroupsFor(await makeUser("Per", "per@sub.plain-test.no"))).toEqual([]);
  });
});

describe("group admins by support", () => {
  it("adds a non-member as member and admin in one step, and keeps the last admin unless confirmed", async () => {
    const g = await group("Admingruppen", "request");
    const actor = await support();
    const frank = await makeUser("Frank", "frank@example.org");
    expect(await addGroupAdmin(actor, { groupId: g.id, userId: frank })).toEqual({
      name: "Frank",
    });
    expect(await roleIn(frank, g.id)).toMatchObject({ role: "admin" });
    expect(await codeOf(addGroupAdmin(actor, { groupId: g.id, userId: frank }))).toBe(
      "already_admin",
    );

    expect(
      await codeOf(removeGroupAdmin(actor, { groupId: g.id, userId: frank, confirmLast: false })),
    ).toBe("last_admin");
    expect(await roleIn(frank, g.id)).toMatchObject({ role: "admin" });
    await removeGroupAdmin(actor, { groupId: g.id, userId: frank, confirmLast: true });
    expect(await roleIn(frank, g.id)).toMatchObject({ role: "member" });
    const event = (await auditOf("admin.group_admin_removed")).find((e) => e.targetId === frank);
    expect(event).toMatchObject({ details: { groupId: g.id, leftWithoutAdmin: true } });
  });
});
