import "server-only";
import { and, asc, eq, inArray, isNotNull, or } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import {
  groupDomains,
  joinRequests,
  memberGroups,
  memberships,
  organisations,
  userEmails,
} from "@/lib/db/schema";
import { emailDomain } from "@/lib/emails/address";
import { parentDomains } from "./domain-match";

export type SuggestedGroup = {
  id: string;
  name: string;
  slug: string;
  description: string;
  organisationName: string | null;
  /** The confirmed email's domain that matched. */
  domain: string;
  /** An open request the person already sent. */
  pending: boolean;
};

/**
 * Forslag groups whose domain matches one of the person's confirmed emails (exactly, or a
 * parent registered with subdomains) and that the person is not a member of.
 */
export async function suggestedGroupsFor(userId: string): Promise<SuggestedGroup[]> {
  const db = getDb();
  const emails = await db
    .select({ address: userEmails.address })
    .from(userEmails)
    .where(and(eq(userEmails.userId, userId), isNotNull(userEmails.confirmedAt)));
  const hosts = [...new Set(emails.map((row) => emailDomain(row.address)))];
  if (hosts.length === 0) return [];
  const parents = [...new Set(hosts.flatMap(parentDomains))];
  const rows = await db
    .select({
      id: memberGroups.id,
      name: memberGroups.name,
      slug: memberGroups.slug,
      description: memberGroups.description,
      organisationName: organisations.name,
      domain: groupDomains.domain,
      includeSubdomains: groupDomains.includeSubdomains,
    })
    .from(groupDomains)
    .innerJoin(memberGroups, eq(memberGroups.id, groupDomains.groupId))
    .leftJoin(organisations, eq(organisations.id, memberGroups.organisationId))
    .where(
      and(
        eq(memberGroups.joinPolicy, "suggested"),
        or(
          inArray(groupDomains.domain, hosts),
          parents.length
            ? and(inArray(groupDomains.domain, parents), eq(groupDomains.includeSubdomains, true))
            : undefined,
        ),
      ),
    )
    .orderBy(asc(memberGroups.name));
  if (rows.length === 0) return [];
  const groupIds = rows.map((r) => r.id);
  const [member, pending] = await Promise.all([
    db
      .select({ groupId: memberships.groupId })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), inArray(memberships.groupId, groupIds))),
    db
      .select({ groupId: joinRequests.groupId })
      .from(joinRequests)
      .where(
        and(
          eq(joinRequests.userId, userId),
          eq(joinRequests.status, "pending"),
          inArray(joinRequests.groupId, groupIds),
        ),
      ),
  ]);
  const seen = new Set(member.map((m) => m.groupId));
  const result: SuggestedGroup[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const domain = hosts.find((h) => h === row.domain) ?? row.domain;
    result.push({
      id: row.id,
      name: row.name,
      slug: row.slug,
      description: row.description,
      organisationName: row.organisationName,
      domain,
      pending: pending.some((p) => p.groupId === row.id),
    });
  }
  return result;
}
