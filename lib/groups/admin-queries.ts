import "server-only";
import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { pageCount, pageOrLast } from "@/lib/db/pages";
import { joinRequests, memberships, userEmails, users } from "@/lib/db/schema";
import { notGroupAdmin } from "./errors";
import { isGroupAdmin } from "./permissions";

export type PendingRequestView = {
  id: string;
  userId: string;
  name: string | null;
  message: string | null;
  createdAt: Date;
  confirmedEmails: string[];
};

/** How many requests one page of the request tab shows. */
export const REQUESTS_PER_PAGE = 20;

export type PendingRequestPage = {
  requests: PendingRequestView[];
  /** All open requests of the group, not only this page's. */
  total: number;
  /** 1-based; a page past the end falls back to the last one. */
  page: number;
  pages: number;
};

/**
 * One page of a group's open requests, newest first (a request just sent is on the first page), with the requesters' confirmed emails and
 * the total; for that group's admins only. The page, its emails and the total are one statement,
 * so a group with hundreds of waiting requests renders no more than one page of them.
 */
export async function listPendingRequests(
  actorId: string,
  groupId: string,
  page = 1,
): Promise<PendingRequestPage> {
  if (!(await isGroupAdmin(actorId, groupId))) throw notGroupAdmin(groupId);
  return pageOrLast(
    page,
    REQUESTS_PER_PAGE,
    (n) => pendingPage(groupId, n),
    () => countPending(groupId),
  );
}

async function pendingPage(groupId: string, page: number): Promise<PendingRequestPage> {
  const rows = await getDb()
    .select({
      id: joinRequests.id,
      userId: joinRequests.userId,
      name: users.name,
      message: joinRequests.message,
      createdAt: joinRequests.createdAt,
      total: sql<number>`(count(*) over ())::int`,
      confirmedEmails: sql<string[]>`array(
        select ${userEmails.address} from ${userEmails}
        where ${userEmails.userId} = ${joinRequests.userId} and ${userEmails.confirmedAt} is not null
        order by ${userEmails.address}
      )`,
    })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(and(eq(joinRequests.groupId, groupId), eq(joinRequests.status, "pending")))
    .orderBy(desc(joinRequests.createdAt), asc(joinRequests.id))
    .limit(REQUESTS_PER_PAGE)
    .offset((page - 1) * REQUESTS_PER_PAGE);
  const total = rows[0]?.total ?? 0;
  return {
    requests: rows.map((row) => ({
      id: row.id,
      userId: row.userId,
      name: row.name,
      message: row.message,
      createdAt: row.createdAt,
      confirmedEmails: row.confirmedEmails,
    })),
    total,
    page,
    pages: pageCount(total, REQUESTS_PER_PAGE),
  };
}

/** How many requests wait in a group: the tab's label on the other tabs. For its admins only. */
export async function countPendingRequests(actorId: string, groupId: string): Promise<number> {
  if (!(await isGroupAdmin(actorId, groupId))) throw notGroupAdmin(groupId);
  return countPending(groupId);
}

async function countPending(groupId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)::int` })
    .from(joinRequests)
    .where(and(eq(joinRequests.groupId, groupId), eq(joinRequests.status, "pending")));
  return row?.n ?? 0;
}

/** The group's admins, each with their confirmed primary address (if any) and language. */
export function groupAdminRecipients(tx: DbOrTx, groupId: string) {
  return tx
    .select({ userId: memberships.userId, locale: users.locale, address: userEmails.address })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      userEmails,
      and(
        eq(userEmails.userId, memberships.userId),
        eq(userEmails.isPrimary, true),
        isNotNull(userEmails.confirmedAt),
      ),
    )
    .where(and(eq(memberships.groupId, groupId), eq(memberships.role, "admin")))
    .orderBy(asc(memberships.createdAt));
}
