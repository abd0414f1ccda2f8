import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import {
  groupDomains,
  joinRequests,
  memberGroups,
  memberships,
  organisations,
  userEmails,
} from "@/lib/db/schema";

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
 * parent registered with subdomains, as parentDomains gives them) and that the person is not
 * a member of. One statement: the hosts and their parents are made in SQL.
 */
export async function suggestedGroupsFor(userId: string): Promise<SuggestedGroup[]> {
  const hosts = sql`select distinct substring(${userEmails.address} from '@([^@]*)$') as host
    from ${userEmails}
    where ${userEmails.userId} = ${userId} and ${userEmails.confirmedAt} is not null`;
  // The host itself (exact), and its parents down to two labels (a wildcard may cover them).
  const candidates = sql`select h.host as domain, true as exact from (${hosts}) h
    union all
    select array_to_string(p.labels[i:], '.'), false
    from (${hosts}) h
      cross join lateral (select string_to_array(h.host, '.') as labels) p
      cross join lateral generate_series(2, cardinality(p.labels) - 1) i`;
  const rows = await getDb()
    .select({
      id: memberGroups.id,
      name: memberGroups.name,
      slug: memberGroups.slug,
      description: memberGroups.description,
      organisationName: organisations.name,
      domain: groupDomains.domain,
      pending: sql<boolean>`exists (select 1 from ${joinRequests}
        where ${joinRequests.userId} = ${userId} and ${joinRequests.groupId} = ${memberGroups.id}
          and ${joinRequests.status} = 'pending')`,
    })
    .from(groupDomains)
    .innerJoin(memberGroups, eq(memberGroups.id, groupDomains.groupId))
    .leftJoin(organisations, eq(organisations.id, memberGroups.organisationId))
    .where(
      and(
        eq(memberGroups.joinPolicy, "suggested"),
        sql`exists (select 1 from (${candidates}) c
          where c.domain = ${groupDomains.domain} and (c.exact or ${groupDomains.includeSubdomains}))`,
        sql`not exists (select 1 from ${memberships}
          where ${memberships.userId} = ${userId} and ${memberships.groupId} = ${memberGroups.id})`,
      ),
    )
    .orderBy(asc(memberGroups.name));
  // A group with several matching domains is suggested once.
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
}
