import "server-only";
import { asc, count, eq, ilike, or } from "drizzle-orm";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { memberGroups, organisations } from "@/lib/db/schema";
import { isUniqueViolation } from "@/lib/groups/errors";
import { groupSearchText } from "@/lib/groups/search-text";
import { t } from "@/lib/i18n";
import { isValidOrgNumber } from "./org-number";

const e = t.register.organisations.errors;
export const REGISTER_LIST_LIMIT = 200;

export const organisationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: () => e.nameRequired })
    .max(200, { error: () => e.nameTooLong }),
  orgNumber: z
    .string()
    .transform((v) => v.replace(/\s+/g, ""))
    .pipe(
      z
        .string()
        .regex(/^[0-9]{9}$/, { error: () => e.orgNumberFormat })
        .refine(isValidOrgNumber, { error: () => e.orgNumberCheck }),
    ),
});
export type OrganisationInput = z.infer<typeof organisationSchema>;

function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Organisations whose name or number contains `query`, with their number of groups. */
export async function listOrganisations(query = "") {
  const q = query.trim();
  const pattern = likePattern(q);
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      orgNumber: organisations.orgNumber,
      groupCount: count(memberGroups.id),
    })
    .from(organisations)
    .leftJoin(memberGroups, eq(memberGroups.organisationId, organisations.id))
    .where(
      q
        ? or(ilike(organisations.name, pattern), ilike(organisations.orgNumber, pattern))
        : undefined,
    )
    .groupBy(organisations.id)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(REGISTER_LIST_LIMIT);
}

/** One organisation with its member groups, or null. */
export async function getOrganisation(id: string) {
  const db = getDb();
  const [org] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!org) return null;
  const groups = await db
    .select({
      id: memberGroups.id,
      name: memberGroups.name,
      slug: memberGroups.slug,
      joinPolicy: memberGroups.joinPolicy,
    })
    .from(memberGroups)
    .where(eq(memberGroups.organisationId, id))
    .orderBy(asc(memberGroups.name));
  return { ...org, groups };
}

/** All organisations for a select, by name. */
export async function organisationChoices() {
  return getDb()
    .select({ id: organisations.id, name: organisations.name, orgNumber: organisations.orgNumber })
    .from(organisations)
    .orderBy(asc(organisations.name));
}

function mapUnique(error: unknown): never {
  if (isUniqueViolation(error, "organisations_org_number_unique")) {
    throw new DomainError("org_number_taken", e.orgNumberTaken, "orgNumber");
  }
  throw error;
}

export async function createOrganisation(actor: Actor, input: OrganisationInput): Promise<string> {
  try {
    return await getDb().transaction(async (tx) => {
      const [row] = await tx
        .insert(organisations)
        .values({ name: input.name, orgNumber: input.orgNumber })
        .returning({ id: organisations.id });
      await recordAudit(
        {
          action: "admin.organisation_created",
          actor,
          targetType: "organisation",
          targetId: row!.id,
          details: { name: input.name, orgNumber: input.orgNumber },
        },
        tx,
      );
      return row!.id;
    });
  } catch (error) {
    mapUnique(error);
  }
}

/** Renames or renumbers an organisation; its groups' search text follows the new name. */
export async function updateOrganisation(
  actor: Actor,
  id: string,
  input: OrganisationInput,
): Promise<void> {
  try {
    await getDb().transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(organisations)
        .where(eq(organisations.id, id))
        .for("update");
      if (!before) throw new DomainError("organisation_not_found", e.notFound);
      await tx
        .update(organisations)
        .set({ name: input.name, orgNumber: input.orgNumber })
        .where(eq(organisations.id, id));
      const groups = await tx
        .select({ id: memberGroups.id, name: memberGroups.name })
        .from(memberGroups)
        .where(eq(memberGroups.organisationId, id));
      for (const group of groups) {
        await tx
          .update(memberGroups)
          .set({ searchText: groupSearchText(group.name, input.name) })
          .where(eq(memberGroups.id, group.id));
      }
      await recordAudit(
        {
          action: "admin.organisation_updated",
          actor,
          targetType: "organisation",
          targetId: id,
          details: {
            before: { name: before.name, orgNumber: before.orgNumber },
            after: { name: input.name, orgNumber: input.orgNumber },
          },
        },
        tx,
      );
    });
  } catch (error) {
    mapUnique(error);
  }
}

/** Deletes an organisation without groups; the foreign key (restrict) backs the check. */
export async function deleteOrganisation(actor: Actor, id: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [org] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, id))
      .for("update");
    if (!org) throw new DomainError("organisation_not_found", e.notFound);
    const [groups] = await tx
      .select({ n: count() })
      .from(memberGroups)
      .where(eq(memberGroups.organisationId, id));
    if ((groups?.n ?? 0) > 0) throw new DomainError("organisation_has_groups", e.hasGroups);
    await tx.delete(organisations).where(eq(organisations.id, id));
    await recordAudit(
      {
        action: "admin.organisation_deleted",
        actor,
        targetType: "organisation",
        targetId: id,
        details: { name: org.name, orgNumber: org.orgNumber },
      },
      tx,
    );
  });
}
