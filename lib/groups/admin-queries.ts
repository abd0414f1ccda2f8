import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/lib/db/client";
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

/** Open requests of a group with the requesters' confirmed emails; for that group's admins only. */
export async function listPendingRequests(
  actorId: string,
  groupId: string,
): Promise<PendingRequestView[]> {
  if (!(await isGroupAdmin(actorId, groupId))) throw notGroupAdmin(groupId);
  const db = getDb();
  const rows = await db
    .select({
      id: joinRequests.id,
      userId: joinRequests.userId,
      name: users.name,
      message: joinRequests.message,
      createdAt: joinRequests.createdAt,
    })
    .from(joinRequests)
    .innerJoin(users, eq(users.id, joinRequests.userId))
    .where(and(eq(joinRequests.groupId, groupId), eq(joinRequests.status, "pending")))
    .orderBy(asc(joinRequests.createdAt));
  if (rows.length === 0) return [];

  const emails = await db
    .select({ userId: userEmails.userId, address: userEmails.address })
    .from(userEmails)
    .where(
      and(
        inArray(
          userEmails.userId,
          rows.map((r) => r.userId),
        ),
        isNotNull(userEmails.confirmedAt),
      ),
    )
    .orderBy(asc(userEmails.address));
  return rows.map((row) => ({
    ...row,
    confirmedEmails: emails.filter((e) => e.userId === row.userId).map((e) => e.address),
  }));
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
