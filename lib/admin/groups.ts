import "server-only";
import { and, asc, count, eq, inArray, like, sql } from "drizzle-orm";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type Tx } from "@/lib/db/client";
import {
  groupDomains,
  joinPolicy,
  joinRequests,
  memberGroups,
  memberships,
  organisations,
  userEmails,
  users,
} from "@/lib/db/schema";
import { isUniqueViolation } from "@/lib/groups/errors";
import { groupSearchText, normaliseSearch } from "@/lib/groups/search-text";
import { t } from "@/lib/i18n";
import { safeText } from "@/lib/text/safe-text";
import { joinMatchingPeople } from "./domains";
import { REGISTER_LIST_LIMIT } from "./organisations";
import { SLUG_PATTERN, slugify } from "./slug";

const e = t.register.groups.errors;
export type JoinPolicy = (typeof joinPolicy.enumValues)[number];

export const groupSchema = z.object({
  // The shared text rule: no control characters or bidi overrides, spaces tidied.
  name: safeText({
    max: 120,
    tooShort: () => e.nameRequired,
    tooLong: () => e.nameTooLong,
  }),
  description: z
    .string()
    .trim()
    .max(1000, { error: () => e.descriptionTooLong })
    .default(""),
  organisationId: z.uuid({ error: () => e.organisationRequired }),
  joinPolicy: z.enum(joinPolicy.enumValues, { error: () => e.policyRequired }),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(100, { error: () => e.slugFormat })
    .refine((v) => v === "" || SLUG_PATTERN.test(v), { error: () => e.slugFormat })
    .default(""),
});
export type GroupInput = z.infer<typeof groupSchema>;

function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Groups matching `query` (group or organisation name), with members, admins and open requests. */
export async function listGroupsForSupport(query = "") {
  const q = normaliseSearch(query);
  const db = getDb();
  const memberCount = db
    .select({ groupId: memberships.groupId, n: count().as("members") })
    .from(memberships)
    .groupBy(memberships.groupId)
    .as("member_count");
  const pendingCount = db
    .select({ groupId: joinRequests.groupId, n: count().as("pending") })
    .from(joinRequests)
    .where(eq(joinRequests.status, "pending"))
    .groupBy(joinRequests.groupId)
    .as("pending_count");
  const rows = await db
    .select({
      id: memberGroups.id,
      name: memberGroups.name,
      slug: memberGroups.slug,
      joinPolicy: memberGroups.joinPolicy,
      organisationName: organisations.name,
      members: sql<number>`coalesce(${memberCount.n}, 0)`.mapWith(Number),
      pending: sql<number>`coalesce(${pendingCount.n}, 0)`.mapWith(Number),
    })
    .from(memberGroups)
    .leftJoin(organisations, eq(organisations.id, memberGroups.organisationId))
    .leftJoin(memberCount, eq(memberCount.groupId, memberGroups.id))
    .leftJoin(pendingCount, eq(pendingCount.groupId, memberGroups.id))
    .where(q ? like(memberGroups.searchText, likePattern(q)) : undefined)
    .orderBy(asc(memberGroups.name), asc(memberGroups.id))
    .limit(REGISTER_LIST_LIMIT);
  if (rows.length === 0) return [];
  const admins = await db
    .select({ groupId: memberships.groupId, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.role, "admin"),
        inArray(
          memberships.groupId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(users.name));
  return rows.map((row) => ({
    ...row,
    admins: admins
      .filter((a) => a.groupId === row.id)
      .map((a) => a.name ?? t.register.admins.unnamed),
  }));
}

/** One group as support edits it: its organisation, domains and admins. */
export async function getGroupForSupport(id: string) {
  const db = getDb();
  const [group] = await db
    .select({
      id: memberGroups.id,
      name: memberGroups.name,
      slug: memberGroups.slug,
      description: memberGroups.description,
      joinPolicy: memberGroups.joinPolicy,
      organisationId: memberGroups.organisationId,
      organisationName: organisations.name,
    })
    .from(memberGroups)
    .leftJoin(organisations, eq(organisations.id, memberGroups.organisationId))
    .where(eq(memberGroups.id, id));
  if (!group) return null;
  const [domains, admins] = await Promise.all([
    db
      .select()
      .from(groupDomains)
      .where(eq(groupDomains.groupId, id))
      .orderBy(asc(groupDomains.domain)),
    db
      .select({ userId: users.id, name: users.name, email: userEmails.address })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(userEmails, and(eq(userEmails.userId, users.id), eq(userEmails.isPrimary, true)))
      .where(and(eq(memberships.groupId, id), eq(memberships.role, "admin")))
      .orderBy(asc(users.name)),
  ]);
  return { ...group, domains, admins };
}

async function lockOrganisation(tx: Tx, organisationId: string) {
  // A share lock: the organisation cannot be deleted while its new group is being saved.
  const [org] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for("share");
  if (!org)
    throw new DomainError("organisation_not_found", e.organisationNotFound, "organisationId");
  return org;
}

/** A free slug made from the name: "navn", then "navn-2", "navn-3" … */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || "gruppe";
  const taken = await tx
    .select({ slug: memberGroups.slug })
    .from(memberGroups)
    .where(like(memberGroups.slug, `${base}%`));
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

function mapSlugTaken(error: unknown): never {
  if (isUniqueViolation(error, "member_groups_slug_unique")) {
    throw new DomainError("slug_taken", e.slugTaken, "slug");
  }
  throw error;
}

export async function createGroup(
  actor: Actor,
  input: GroupInput,
): Promise<{ id: string; slug: string }> {
  try {
    return await getDb().transaction(async (tx) => {
      const org = await lockOrganisation(tx, input.organisationId);
      const slug = input.slug || (await freeSlug(tx, input.name));
      const [row] = await tx
        .insert(memberGroups)
        .values({
          name: input.name,
          description: input.description,
          organisationId: org.id,
          joinPolicy: input.joinPolicy,
          slug,
          searchText: groupSearchText(input.name, org.name),
        })
        .returning({ id: memberGroups.id });
      await recordAudit(
        {
          action: "admin.group_created",
          actor,
          targetType: "group",
          targetId: row!.id,
          details: { name: input.name, slug, joinPolicy: input.joinPolicy, organisationId: org.id },
        },
        tx,
      );
      return { id: row!.id, slug };
    });
  } catch (error) {
    mapSlugTaken(error);
  }
}

/** Changes a group's name, description, organisation, join policy or slug. */
export async function updateGroup(actor: Actor, id: string, input: GroupInput): Promise<void> {
  try {
    await getDb().transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(memberGroups)
        .where(eq(memberGroups.id, id))
        .for("update");
      if (!before) throw new DomainError("group_not_found", e.notFound);
      const org = await lockOrganisation(tx, input.organisationId);
      const slug = input.slug || before.slug;
      await tx
        .update(memberGroups)
        .set({
          name: input.name,
          description: input.description,
          organisationId: org.id,
          joinPolicy: input.joinPolicy,
          slug,
          searchText: groupSearchText(input.name, org.name),
        })
        .where(eq(memberGroups.id, id));
      // Switched to Automatisk: the people its domains already match join now, as they would
      // have had the group been Automatisk when the domains were added.
      const joined =
        input.joinPolicy === "automatic" && before.joinPolicy !== "automatic"
          ? await joinMatchingPeople(
              tx,
              { id, name: input.name, slug },
              await tx
                .select({
                  domain: groupDomains.domain,
                  includeSubdomains: groupDomains.includeSubdomains,
                })
                .from(groupDomains)
                .where(eq(groupDomains.groupId, id)),
            )
          : [];
      await recordAudit(
        {
          action: "admin.group_updated",
          actor,
          targetType: "group",
          targetId: id,
          details: {
            before: {
              name: before.name,
              slug: before.slug,
              joinPolicy: before.joinPolicy,
              organisationId: before.organisationId,
            },
            after: { name: input.name, slug, joinPolicy: input.joinPolicy, organisationId: org.id },
            membersAdded: joined.length,
          },
        },
        tx,
      );
    });
  } catch (error) {
    mapSlugTaken(error);
  }
}
