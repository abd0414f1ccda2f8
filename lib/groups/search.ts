import "server-only";
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/lib/db/client";
import {
  groupDomains,
  joinRequests,
  memberGroups,
  memberships,
  organisations,
} from "@/lib/db/schema";
import { normaliseSearch } from "./search-text";

export const SEARCH_LIMIT = 20;
export const SEARCH_MIN_LENGTH = 2;
const MAX_WORDS = 5;

export type GroupSearchHit = {
  id: string;
  slug: string;
  name: string;
  joinPolicy: "automatic" | "request";
  organisationName: string | null;
  orgNumber: string | null;
  /** For automatic groups: the domains that join people by themselves. */
  domains: string[];
  viewer: "member" | "pending" | null;
  pendingRequestId: string | null;
};

/** The words of a search term, normalised like `search_text` and escaped for LIKE. */
export function searchWords(term: string): string[] {
  const words = normaliseSearch(term).split(" ").filter(Boolean).slice(0, MAX_WORDS);
  return words.map((w) => w.replace(/[\\%_]/g, (c) => `\\${c}`));
}

/**
 * Groups whose name or organisation contains every word of the term (case-insensitive, any
 * part of a word). Closed groups never show. Each `LIKE '%…%'` is served by the trigram index
 * `member_groups_search_trgm`; the best `SEARCH_LIMIT` hits by similarity, then name.
 */
export async function searchGroups(
  term: string,
  viewerId: string | null,
  db: DbOrTx = getDb(),
): Promise<GroupSearchHit[]> {
  const normalised = normaliseSearch(term);
  if (normalised.length < SEARCH_MIN_LENGTH) return [];
  const likes: SQL[] = searchWords(term).map(
    (w) => sql`${memberGroups.searchText} like ${"%" + w + "%"}`,
  );
  const rows = await db
    .select({
      id: memberGroups.id,
      slug: memberGroups.slug,
      name: memberGroups.name,
      joinPolicy: memberGroups.joinPolicy,
      organisationName: organisations.name,
      orgNumber: organisations.orgNumber,
    })
    .from(memberGroups)
    .leftJoin(organisations, eq(organisations.id, memberGroups.organisationId))
    .where(and(ne(memberGroups.joinPolicy, "closed"), ...likes))
    .orderBy(
      desc(sql`similarity(${memberGroups.searchText}, ${normalised})`),
      asc(memberGroups.name),
    )
    .limit(SEARCH_LIMIT);
  if (rows.length === 0) return [];

  const ids = rows.map((r) => r.id);
  const [domains, viewerStatus] = await Promise.all([
    domainsOf(ids, db),
    viewerId ? viewerStatusIn(viewerId, ids, db) : Promise.resolve(new Map()),
  ]);
  return rows.map((row) => {
    const status = viewerStatus.get(row.id);
    return {
      ...row,
      joinPolicy: row.joinPolicy === "automatic" ? "automatic" : "request",
      domains: domains.get(row.id) ?? [],
      viewer: status?.kind ?? null,
      pendingRequestId: status?.requestId ?? null,
    };
  });
}

async function domainsOf(groupIds: string[], db: DbOrTx): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ groupId: groupDomains.groupId, domain: groupDomains.domain })
    .from(groupDomains)
    .where(inArray(groupDomains.groupId, groupIds))
    .orderBy(asc(groupDomains.domain));
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.groupId, [...(map.get(r.groupId) ?? []), r.domain]);
  return map;
}

type ViewerStatus = { kind: "member" | "pending"; requestId: string | null };

async function viewerStatusIn(
  userId: string,
  groupIds: string[],
  db: DbOrTx,
): Promise<Map<string, ViewerStatus>> {
  const [member, pending] = await Promise.all([
    db
      .select({ groupId: memberships.groupId })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), inArray(memberships.groupId, groupIds))),
    db
      .select({ groupId: joinRequests.groupId, id: joinRequests.id })
      .from(joinRequests)
      .where(
        and(
          eq(joinRequests.userId, userId),
          eq(joinRequests.status, "pending"),
          inArray(joinRequests.groupId, groupIds),
        ),
      ),
  ]);
  const map = new Map<string, ViewerStatus>();
  for (const p of pending) map.set(p.groupId, { kind: "pending", requestId: p.id });
  for (const m of member) map.set(m.groupId, { kind: "member", requestId: null });
  return map;
}
