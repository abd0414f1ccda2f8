import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "@/lib/db/client";
import {
  groupDomains,
  memberGroups,
  notices,
  organisations,
  serviceGroups,
  services,
  users,
} from "@/lib/db/schema";
import { addConfirmedEmail } from "@/lib/emails/changes";
import { groupSearchText } from "@/lib/groups/search-text";
import { hashPid } from "@/lib/identity/pid-hash";
import { seedDemoClients } from "./oidc-clients";
import { addMembership, setRoleInGroup } from "@/lib/membership/memberships";
import { WEEKDAYS } from "@/lib/services/opening-hours";

/** The demo data (documented in the README). Idempotent: safe to run at every development start. */
export const DEMO = {
  groups: {
    helse: { slug: "helse-demo-hf", name: "Helse Demo HF", domain: "helse-demo.no" },
    kommune: { slug: "demo-kommune", name: "Demo kommune", domain: "demo-kommune.no" },
    forum: { slug: "sikkerhetsforum-for-helse", name: "Sikkerhetsforum for helse" },
  },
  groupAdmin: {
    pid: "15857520170",
    name: "Gunnar Admin",
    email: "gunnar.admin@helse-demo.no",
  },
  support: {
    pid: "01818012337",
    name: "Siri Support",
    email: "siri.support@helsecert-demo.no",
  },
} as const;

async function upsertOrganisation(tx: Tx, name: string, orgNumber: string): Promise<string> {
  await tx.insert(organisations).values({ name, orgNumber }).onConflictDoNothing();
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.orgNumber, orgNumber));
  return row!.id;
}

async function upsertGroup(
  tx: Tx,
  values: typeof memberGroups.$inferInsert,
  organisationName: string,
  domain?: string,
): Promise<string> {
  const searchText = groupSearchText(values.name, organisationName);
  // Refresh the search text too: a database seeded by an older version may lack it.
  await tx
    .insert(memberGroups)
    .values({ ...values, searchText })
    .onConflictDoUpdate({ target: memberGroups.slug, set: { searchText } });
  const [row] = await tx
    .select({ id: memberGroups.id })
    .from(memberGroups)
    .where(eq(memberGroups.slug, values.slug));
  if (domain)
    await tx.insert(groupDomains).values({ groupId: row!.id, domain }).onConflictDoNothing();
  return row!.id;
}

async function upsertPerson(
  tx: Tx,
  person: { pid: string; name: string; email: string },
  role: "member" | "support",
): Promise<string> {
  const now = new Date();
  await tx
    .insert(users)
    .values({ pidHash: hashPid(person.pid), name: person.name, role, registeredAt: now })
    .onConflictDoNothing();
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.pidHash, hashPid(person.pid)));
  await addConfirmedEmail(tx, user!.id, person.email, now);
  return user!.id;
}

export async function seedDemoData(): Promise<void> {
  await getDb().transaction(async (tx) => {
    const helseOrg = await upsertOrganisation(tx, "Helse Demo HF", "991000003");
    const kommuneOrg = await upsertOrganisation(tx, "Demo kommune", "991000011");
    const certOrg = await upsertOrganisation(tx, "Helse- og KommuneCERT (demo)", "991000038");
    const { helse, kommune, forum } = DEMO.groups;
    const helseId = await upsertGroup(
      tx,
      {
        slug: helse.slug,
        name: helse.name,
        organisationId: helseOrg,
        joinPolicy: "automatic",
        description: "Medlemsgruppen for ansatte i Helse Demo HF.",
      },
      "Helse Demo HF",
      helse.domain,
    );
    const kommuneId = await upsertGroup(
      tx,
      {
        slug: kommune.slug,
        name: kommune.name,
        organisationId: kommuneOrg,
        joinPolicy: "automatic",
        description: "Medlemsgruppen for ansatte i Demo kommune.",
      },
      "Demo kommune",
      kommune.domain,
    );
    const forumId = await upsertGroup(
      tx,
      {
        slug: forum.slug,
        name: forum.name,
        organisationId: certOrg,
        joinPolicy: "request",
        description:
          "Et forum for informasjonssikkerhet i helsesektoren. Medlemskap etter forespørsel.",
      },
      "Helse- og KommuneCERT (demo)",
    );

    await seedServices(tx, { helseId, kommuneId, forumId });
    await seedDemoClients(tx);
    await tx
      .insert(notices)
      .values({
        id: "00000000-0000-4000-8000-000000000001",
        title: "Velkommen til den nye medlemsportalen",
        body: "Logg inn med ID-porten første gang. Du kan legge til en passnøkkel under Min profil.",
      })
      .onConflictDoNothing();

    const adminId = await upsertPerson(tx, DEMO.groupAdmin, "member");
    await upsertPerson(tx, DEMO.support, "support");
    for (const groupId of [helseId, forumId]) {
      await addMembership(tx, { userId: adminId, groupId, role: "admin", source: "seed" });
      await setRoleInGroup(tx, { userId: adminId, groupId }, "admin");
    }
  });
}

type GroupIds = { helseId: string; kommuneId: string; forumId: string };

/** The demo services: what a CERT offers its members, and to whom. */
async function seedServices(tx: Tx, { helseId, kommuneId, forumId }: GroupIds): Promise<void> {
  const list: Array<typeof services.$inferInsert & { groups: string[] }> = [
    {
      slug: "varsler-fra-sensorene",
      name: "Varsler fra sensorene",
      description: "Varsler fra nettverkssensorene om trafikk fra og til virksomheten din.",
      requiresPhishingResistant: true,
      groups: [helseId],
    },
    {
      slug: "sarbarhetsoversikt",
      name: "Sårbarhetsoversikt",
      description:
        "Sårbarheter vi har funnet i tjenester virksomheten din eksponerer mot internett.",
      requiresPhishingResistant: true,
      groups: [helseId, kommuneId],
    },
    {
      slug: "trusselvurderinger",
      name: "Trusselvurderinger",
      description: "Trusselvurderinger og råd for helse- og kommunesektoren.",
      offeredToAll: true,
      groups: [],
    },
    {
      slug: "meld-en-hendelse",
      name: "Meld en hendelse",
      description: "Meld fra om en sikkerhetshendelse. Ring 24 20 00 00 ved kritiske hendelser.",
      offeredToAll: true,
      alwaysOpen: true,
      groups: [],
    },
    {
      slug: "forum-for-informasjonssikkerhet",
      name: "Forum for informasjonssikkerhet",
      description: "Diskusjonsforum for medlemmer av Sikkerhetsforum for helse.",
      openingHours: WEEKDAYS.slice(0, 5).map((day) => ({ day, from: "08:00", to: "16:00" })),
      groups: [forumId],
    },
  ];
  for (const [i, { groups, ...service }] of list.entries()) {
    await tx
      .insert(services)
      .values({ ...service, sortOrder: i })
      .onConflictDoNothing();
    const [row] = await tx
      .select({ id: services.id })
      .from(services)
      .where(eq(services.slug, service.slug));
    for (const groupId of groups) {
      await tx.insert(serviceGroups).values({ serviceId: row!.id, groupId }).onConflictDoNothing();
    }
  }
}
