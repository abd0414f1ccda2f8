import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { rateLimitCounters } from "@/lib/db/schema";
import type { RateLimitPolicy } from "./policies";

function windowStart(policy: RateLimitPolicy, at: Date): Date {
  const ms = policy.windowSeconds * 1000;
  return new Date(Math.floor(at.getTime() / ms) * ms);
}

export type RateLimitResult = { allowed: boolean; remaining: number; resetAt: Date };

/**
 * Counts one use of `policy` for `key` and says whether it was within the limit.
 * One atomic upsert, so concurrent requests on any instance count correctly.
 */
export async function consumeRateLimit(
  policy: RateLimitPolicy,
  key: string,
  db: DbOrTx = getDb(),
): Promise<RateLimitResult> {
  const start = windowStart(policy, now());
  const fullKey = `${policy.name}:${key}`;
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key: fullKey, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { count: sql`${rateLimitCounters.count} + 1` },
    })
    .returning({ count: rateLimitCounters.count });
  const count = row!.count;
  return {
    allowed: count <= policy.limit,
    remaining: Math.max(0, policy.limit - count),
    resetAt: new Date(start.getTime() + policy.windowSeconds * 1000),
  };
}

/** How many uses are left without counting one. */
export async function peekRateLimit(
  policy: RateLimitPolicy,
  key: string,
  db: DbOrTx = getDb(),
): Promise<number> {
  const start = windowStart(policy, now());
  const [row] = await db
    .select({ count: rateLimitCounters.count })
    .from(rateLimitCounters)
    .where(
      and(
        eq(rateLimitCounters.key, `${policy.name}:${key}`),
        eq(rateLimitCounters.windowStart, start),
      ),
    );
  return Math.max(0, policy.limit - (row?.count ?? 0));
}
