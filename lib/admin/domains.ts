import "server-only";
import { and, eq, isNotNull, notExists, or, sql } from "drizzle-orm";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type DbOrTx, type Tx } from "@/lib/db/client";
import { groupDomains, memberGroups, memberships, userEmails } from "@/lib/db/schema";
import { isPrivateEmailDomain } from "@/lib/emails/address";
import { isUniqueViolation } from "@/lib/groups/errors";
import { t } from "@/lib/i18n";
import { addMembership } from "@/lib/membership/memberships";
import { createNotifications } from "@/lib/notifications/create";

const e = t.register.domains.errors;
const DOMAIN_PATTERN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const domainSchema = z.object({
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v.replace(/^@/, ""))
    .pipe(
      z
        .string()
        .min(1, { error: () => e.required })
        .regex(DOMAIN_PATTERN, { error: () => e.format })
        .refine((v) => !isPrivateEmailDomain(v), { error: () => e.publicProvider }),
    ),
  includeSubdomains: z
    .literal(["on", "1", "true"])
    .optional()
    .transform((v) => v !== undefined),
});
export type DomainInput = z.infer<typeof domainSchema>;

/** People with a confirmed email on the domain (or below it) who are not members of the group. */
function matchingEmails(db: DbOrTx, groupId: string, input: DomainInput) {
  const host = sql`split_part(${userEmails.address}, '@', 2)`;
  return db
    .selectDistinctOn([userEmails.userId], {
      userId: userEmails.userId,
      emailId: userEmails.id,
    })
    .from(userEmails)
    .where(
      and(
        isNotNull(userEmails.confirmedAt),
        or(
          sql`${host} = ${input.domain}`,
          input.includeSubdomains ? sql`${host} like ${`%.${input.domain}`}` : undefined,
        ),
        notExists(
          db
            .select({ id: memberships.id })
            .from(memberships)
            .where(
              and(eq(memberships.userId, userEmails.userId), eq(memberships.groupId, groupId)),
            ),
        ),
      ),
    )
    .orderBy(userEmails.userId, userEmails.createdAt);
}

/**
 * Makes everyone with a confirmed address on one of `domains` a member of the group (by
 * domain, with a notification each); for a domain added to an Automatisk group, or a group
 * switched to Automatisk. Returns who joined. Runs in the caller's transaction.
 */
export async function joinMatchingPeople(
  tx: Tx,
  group: { id: string; name: string; slug: string },
  domains: DomainInput[],
): Promise<string[]> {
  const joinedIds: string[] = [];
  for (const domain of domains) {
    for (const match of await matchingEmails(tx, group.id, domain)) {
      const added = await addMembership(tx, {
        userId: match.userId,
        groupId: group.id,
        source: "domain",
        sourceEmailId: match.emailId,
      });
      if (added) joinedIds.push(match.userId);
    }
  }
  await createNotifications(tx, joinedIds, {
    kind: "membership.added",
    params: { groupName: group.name, groupSlug: group.slug },
    href: `/medlemsgrupper/${group.slug}`,
  });
  return joinedIds;
}

/** How many people saving this domain would concern: shown before saving. */
export async function previewDomain(groupId: string, input: DomainInput): Promise<number> {
  const rows = await matchingEmails(getDb(), groupId, input);
  return rows.length;
}

/**
 * Adds a domain to a group. For an Automatic group the people it matches become members in the
 * same transaction, each with a notification; the audit event carries how many.
 */
export async function addDomain(
  actor: Actor,
  groupId: string,
  input: DomainInput,
): Promise<{ joined: number }> {
  try {
    return await getDb().transaction(async (tx) => {
      const [group] = await tx
        .select({
          id: memberGroups.id,
          name: memberGroups.name,
          slug: memberGroups.slug,
          joinPolicy: memberGroups.joinPolicy,
        })
        .from(memberGroups)
        .where(eq(memberGroups.id, groupId))
        .for("update");
      if (!group) throw new DomainError("group_not_found", t.register.groups.errors.notFound);
      const [row] = await tx
        .insert(groupDomains)
        .values({ groupId, domain: input.domain, includeSubdomains: input.includeSubdomains })
        .returning({ id: groupDomains.id });
      const joinedIds =
        group.joinPolicy === "automatic" ? await joinMatchingPeople(tx, group, [input]) : [];
      await recordAudit(
        {
          action: "admin.domain_added",
          actor,
          targetType: "group",
          targetId: groupId,
          details: {
            domainId: row!.id,
            domain: input.domain,
            includeSubdomains: input.includeSubdomains,
            joinPolicy: group.joinPolicy,
            membersAdded: joinedIds.length,
          },
        },
        tx,
      );
      return { joined: joinedIds.length };
    });
  } catch (error) {
    if (isUniqueViolation(error, "group_domains_domain_unique")) {
      throw new DomainError("domain_taken", e.taken, "domain");
    }
    throw error;
  }
}

/** Removes a domain from a group; existing members stay members. */
export async function removeDomain(
  actor: Actor,
  input: { groupId: string; domainId: string },
): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(groupDomains)
      .where(and(eq(groupDomains.id, input.domainId), eq(groupDomains.groupId, input.groupId)))
      .returning({ domain: groupDomains.domain });
    if (!row) throw new DomainError("domain_not_found", e.notFound);
    await recordAudit(
      {
        action: "admin.domain_removed",
        actor,
        targetType: "group",
        targetId: input.groupId,
        details: { domainId: input.domainId, domain: row.domain },
      },
      tx,
    );
  });
}
