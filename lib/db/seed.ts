import "server-only";
import { and, eq } from "drizzle-orm";
import { hashPid } from "@/lib/identity/pid-hash";
import { getDb, type Tx } from "./client";
import {
  groupDomains,
  memberGroups,
  memberships,
  organisations,
  userEmails,
  users,
} from "./schema";

/** The demo data of DESIGN.md. Idempotent: safe to run at every development start. */
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
  domain?: string,
): Promise<string> {
  await tx.insert(memberGroups).values(values).onConflictDoNothing();
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
  await tx
    .insert(userEmails)
    .values({ userId: user!.id, address: person.email, confirmedAt: now, isPrimary: true })
    .onConflictDoNothing();
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
      helse.domain,
    );
    await upsertGroup(
      tx,
      {
        slug: kommune.slug,
        name: kommune.name,
        organisationId: kommuneOrg,
        joinPolicy: "automatic",
        description: "Medlemsgruppen for ansatte i Demo kommune.",
      },
      kommune.domain,
    );
    const forumId = await upsertGroup(tx, {
      slug: forum.slug,
      name: forum.name,
      organisationId: certOrg,
      joinPolicy: "request",
      description:
        "Et forum for informasjonssikkerhet i helsesektoren. Medlemskap etter forespørsel.",
    });

    const adminId = await upsertPerson(tx, DEMO.groupAdmin, "member");
    await upsertPerson(tx, DEMO.support, "support");
    for (const groupId of [helseId, forumId]) {
      await tx
        .insert(memberships)
        .values({ userId: adminId, groupId, role: "admin", source: "seed" })
        .onConflictDoNothing();
      await tx
        .update(memberships)
        .set({ role: "admin" })
        .where(and(eq(memberships.userId, adminId), eq(memberships.groupId, groupId)));
    }
  });
}
