import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type DbOrTx, type Tx } from "@/lib/db/client";
import { memberships } from "@/lib/db/schema";
import { notGroupAdmin } from "./errors";

/** Read from the database on every call: a removed admin loses rights at once. */
export async function isGroupAdmin(
  userId: string,
  groupId: string,
  db: DbOrTx = getDb(),
): Promise<boolean> {
  const role = await membershipRole(userId, groupId, db);
  return role === "admin";
}

export async function membershipRole(
  userId: string,
  groupId: string,
  db: DbOrTx = getDb(),
): Promise<"member" | "admin" | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.groupId, groupId)));
  return row?.role ?? null;
}

/**
 * Inside a decision: the actor must be an admin, and stays one until commit (a shared row
 * lock makes a concurrent removal or revocation wait for this transaction).
 */
export async function requireAdminInTx(tx: Tx, actorId: string, groupId: string): Promise<void> {
  const rows = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, actorId),
        eq(memberships.groupId, groupId),
        eq(memberships.role, "admin"),
      ),
    )
    .for("share");
  if (rows.length === 0) throw notGroupAdmin(groupId);
}

/**
 * Locks the group's admin rows (in one order, so two changes cannot deadlock) and returns
 * the admins as they are after any change that committed while we waited.
 */
export async function lockGroupAdmins(tx: Tx, groupId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.groupId, groupId), eq(memberships.role, "admin")))
    .orderBy(asc(memberships.id))
    .for("update");
  return rows.map((r) => r.userId);
}

/** Whether the user administers any group (e.g. to offer the admins' email settings). */
export async function administersAnyGroup(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "admin")))
    .limit(1);
  return !!row;
}
