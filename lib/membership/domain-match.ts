import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { groupDomains, memberGroups, type MemberGroup } from "@/lib/db/schema";

/** "a.b.example.no" → ["b.example.no", "example.no"]: the parents a wildcard may cover. */
export function parentDomains(domain: string): string[] {
  const parts = domain.split(".");
  const parents: string[] = [];
  for (let i = 1; i < parts.length - 1; i++) parents.push(parts.slice(i).join("."));
  return parents;
}

/**
 * The member group an email domain belongs to: an exact domain, or the closest parent
 * registered with explicit subdomains. Closed groups never take members by domain.
 */
export async function groupForDomain(db: DbOrTx, domain: string): Promise<MemberGroup | null> {
  const parents = parentDomains(domain);
  const rows = await db
    .select({ group: memberGroups, domain: groupDomains.domain })
    .from(groupDomains)
    .innerJoin(memberGroups, eq(memberGroups.id, groupDomains.groupId))
    .where(
      and(
        eq(memberGroups.joinPolicy, "automatic"),
        or(
          eq(groupDomains.domain, domain),
          parents.length
            ? and(inArray(groupDomains.domain, parents), eq(groupDomains.includeSubdomains, true))
            : undefined,
        ),
      ),
    );
  rows.sort((a, b) => b.domain.length - a.domain.length);
  return rows[0]?.group ?? null;
}
