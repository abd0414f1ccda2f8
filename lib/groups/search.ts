import "server-only";
import { and, asc, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/lib/db/client";
import {
  groupDomains,
  joinRequests,
  memberGroups,
  memberships,
  organisations,
} from "@/lib/db/schema";
import { normaliseSearch } from "./search-text";

/*
 * Which groups the search shows (the "groups that accept requests"):
 * - join policy "request": requestable, admins decide;
 * - join policy "automatic": shown with "Blir du med automatisk med e-post på domenet …",
 *   and requestable too, for staff whose address is on another domain (consultants, shared
 *   services); the group's admins decide as for any request;
 * - join policy "closed": never shown, and sendJoinRequest refuses it.
 */
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
 * The search itself, separate so the benchmark can EXPLAIN the exact SQL; null when too short.
 * Ranked by cheap string tests (name starts with the term, a word starts with it, shorter
 * names first), not similarity(): a broad term like "kommune" can match half of all groups.
 * Only the best `SEARCH_LIMIT` are joined with their organisation, their domains and what
 * the viewer has to do with them: one statement for the whole result.
 */
export function searchGroupsQuery(
  term: string,
  viewerId: string | null = null,
  db: DbOrTx = getDb(),
) {
  const whole = normaliseSearch(term);
  if (whole.length < SEARCH_MIN_LENGTH) return null;
  const likes: SQL[] = searchWords(term).map(
    (w) => sql`${memberGroups.searchText} like ${"%" + w + "%"}`,
  );
  const startsWith = sql<boolean>`strpos(${memberGroups.searchText}, ${whole}) = 1`;
  const wordStart = sql<boolean>`strpos(${memberGroups.searchText}, ${" " + whole}) > 0`;
  const nameLength = sql<number>`length(${memberGroups.name})`;
  const top = db
    .select({
      id: memberGroups.id,
      slug: memberGroups.slug,
      name: memberGroups.name,
      joinPolicy: memberGroups.joinPolicy,
      organisationId: memberGroups.organisationId,
      startsWith: startsWith.as("starts_with"),
      wordStart: wordStart.as("word_start"),
      nameLength: nameLength.as("name_length"),
    })
    .from(memberGroups)
    .where(and(ne(memberGroups.joinPolicy, "closed"), ...likes))
    .orderBy(desc(startsWith), desc(wordStart), asc(nameLength), asc(memberGroups.name))
    .limit(SEARCH_LIMIT)
    .as("top");
  const domains = sql<string[]>`(
    select coalesce(json_agg(${groupDomains.domain} order by ${groupDomains.domain}), '[]')
    from ${groupDomains} where ${groupDomains.groupId} = ${top.id})`;
  const member = viewerId
    ? sql<boolean>`exists (select 1 from ${memberships}
        where ${memberships.userId} = ${viewerId} and ${memberships.groupId} = ${top.id})`
    : sql<boolean>`false`;
  const pendingRequestId = viewerId
    ? sql<string | null>`(select ${joinRequests.id} from ${joinRequests}
        where ${joinRequests.userId} = ${viewerId} and ${joinRequests.groupId} = ${top.id}
          and ${joinRequests.status} = 'pending')`
    : sql<string | null>`null`;
  return db
    .select({
      id: top.id,
      slug: top.slug,
      name: top.name,
      joinPolicy: top.joinPolicy,
      organisationName: organisations.name,
      orgNumber: organisations.orgNumber,
      domains,
      member,
      pendingRequestId,
    })
    .from(top)
    .leftJoin(organisations, eq(organisations.id, top.organisationId))
    .orderBy(desc(top.startsWith), desc(top.wordStart), asc(top.nameLength), asc(top.name));
}

/**
 * Groups whose name or organisation contains every word of the term (case-insensitive, any
 * part of a word). Closed groups never show. Each `LIKE '%…%'` is served by the trigram index
 * `member_groups_search_trgm` when the term is selective.
 */
export async function searchGroups(
  term: string,
  viewerId: string | null,
  db: DbOrTx = getDb(),
): Promise<GroupSearchHit[]> {
  const query = searchGroupsQuery(term, viewerId, db);
  const rows = query ? await query : [];
  return rows.map(({ member, pendingRequestId, ...row }) => ({
    ...row,
    joinPolicy: row.joinPolicy === "automatic" ? "automatic" : "request",
    // A member's old pending request (if any) does not matter: membership wins.
    viewer: member ? "member" : pendingRequestId ? "pending" : null,
    pendingRequestId: member ? null : pendingRequestId,
  }));
}
