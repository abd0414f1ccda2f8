import "server-only";
import { and, eq, gt, lte, sql, sum } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { rateLimitCounters } from "@/lib/db/schema";
import type { RateLimitPolicy } from "./policies";

export type RateLimitResult = { allowed: boolean; remaining: number; resetAt: Date };

function fullKey(policy: RateLimitPolicy, key: string): string {
  return `${policy.name}:${key}`;
}

/**
 * Counts one use of `policy` for `key` in a rolling window ("5 an hour" means any hour)
 * and says whether it was within the limit. Each use is a row; a transaction-scoped
 * advisory lock on the key makes concurrent requests on any instance count one by one.
 * A refused use is not recorded.
 */
export async function consumeRateLimit(
  policy: RateLimitPolicy,
  key: string,
  db: DbOrTx = getDb(),
): Promise<RateLimitResult> {
  const k = fullKey(policy, key);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${k}))`);
    const at = now();
    const since = addSeconds(at, -policy.windowSeconds);
    await tx
      .delete(rateLimitCounters)
      .where(and(eq(rateLimitCounters.key, k), lte(rateLimitCounters.windowStart, since)));
    const [row] = await tx
      .select({
        used: sum(rateLimitCounters.count).mapWith(Number),
        oldest: sql<Date | string | null>`min(${rateLimitCounters.windowStart})`,
      })
      .from(rateLimitCounters)
      .where(and(eq(rateLimitCounters.key, k), gt(rateLimitCounters.windowStart, since)));
    const used = row?.used ?? 0;
    const oldest = row?.oldest ? new Date(row.oldest) : at;
    if (used >= policy.limit) {
      return { allowed: false, remaining: 0, resetAt: addSeconds(oldest, policy.windowSeconds) };
    }
    await tx
      .insert(rateLimitCounters)
      .values({ key: k, windowStart: at, count: 1 })
      .onConflictDoUpdate({
        target: [rateLimitCounters.key, rateLimitCounters.windowStart],
        set: { count: sql`${rateLimitCounters.count} + 1` },
      });
    return {
      allowed: true,
      remaining: policy.limit - used - 1,
      resetAt: addSeconds(oldest, policy.windowSeconds),
    };
  });
}

/** How many uses are left in the rolling window, without counting one. */
export async function peekRateLimit(
  policy: RateLimitPolicy,
  key: string,
  db: DbOrTx = getDb(),
): Promise<number> {
  const since = addSeconds(now(), -policy.windowSeconds);
  const [row] = await db
    .select({ used: sum(rateLimitCounters.count).mapWith(Number) })
    .from(rateLimitCounters)
    .where(
      and(
        eq(rateLimitCounters.key, fullKey(policy, key)),
        gt(rateLimitCounters.windowStart, since),
      ),
    );
  return Math.max(0, policy.limit - (row?.used ?? 0));
}
