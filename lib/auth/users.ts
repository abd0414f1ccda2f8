import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { users, type User } from "@/lib/db/schema";
import { hashPid } from "@/lib/identity/pid-hash";

/**
 * Finds the person by the keyed hash of their national identity number, or creates them.
 * Pass the login's transaction, so a new user never exists without the login that made them.
 */
export async function findOrCreateUserByPid(
  pid: string,
  db: DbOrTx = getDb(),
): Promise<{ user: User; created: boolean }> {
  const pidHash = hashPid(pid);
  const inserted = await db.insert(users).values({ pidHash }).onConflictDoNothing().returning();
  if (inserted[0]) return { user: inserted[0], created: true };
  const [user] = await db.select().from(users).where(eq(users.pidHash, pidHash));
  return { user: user!, created: false };
}

export async function getUserById(id: string): Promise<User | null> {
  const [user] = await getDb().select().from(users).where(eq(users.id, id));
  return user ?? null;
}

export async function findUserByPid(pid: string): Promise<User | null> {
  const [user] = await getDb()
    .select()
    .from(users)
    .where(eq(users.pidHash, hashPid(pid)));
  return user ?? null;
}
