import "server-only";
import { and, eq, gt, lte, sql, sum } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { executeRows } from "@/lib/db/execute";
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

/** Buckets per window for consumeBucketedRateLimit: the window may forget up to one of them early. */
const BUCKETS_PER_WINDOW = 10;

/**
 * Like consumeRateLimit, in one statement without a transaction or an advisory lock: for a
 * high-volume limit such as the login challenge handed out on every login page view. Uses
 * are counted per tenth of the window, and the current tenth's row lock makes concurrent
 * uses count one by one; the window is the last ten tenths, so it may let up to a tenth of
 * the limit more through at its edge. A refused use is not recorded.
 */
export async function consumeBucketedRateLimit(
  policy: RateLimitPolicy,
  key: string,
  db: DbOrTx = getDb(),
): Promise<RateLimitResult> {
  const [result] = await consumeBucketedRateLimits([{ policy, key }], db);
  return result!;
}

/**
 * Several bucketed limits (consumeBucketedRateLimit) in one statement, in order: each use is
 * counted only when every one before it was allowed, so it stops at the first that is used up,
 * as separate calls would, in one round trip. One result per use; null for the uses after a
 * refused one (not tried). The policies must differ: a key is counted once per statement.
 */
export async function consumeBucketedRateLimits(
  uses: ReadonlyArray<{ policy: RateLimitPolicy; key: string }>,
  db: DbOrTx = getDb(),
): Promise<Array<RateLimitResult | null>> {
  if (uses.length === 0) return [];
  const at = now();
  const c = rateLimitCounters;
  const planned = uses.map(({ policy, key }, i) => {
    const bucketMs = (policy.windowSeconds * 1000) / BUCKETS_PER_WINDOW;
    const bucket = new Date(Math.floor(at.getTime() / bucketMs) * bucketMs);
    return {
      policy,
      k: fullKey(policy, key),
      bucket,
      since: addSeconds(at, -policy.windowSeconds),
      i,
    };
  });
  // Raw SQL parameters skip drizzle's column mapping: timestamps go as ISO strings.
  const ctes = planned.map(({ policy, k, bucket, since, i }) => {
    const prior = sql.identifier(`prior_${i}`);
    const counted = sql.identifier(`counted_${i}`);
    const afterPrevious =
      i === 0 ? sql`` : sql` and exists (select 1 from ${sql.identifier(`counted_${i - 1}`)})`;
    return sql`${prior} as (
      select coalesce(sum(${c.count}), 0)::int as used, min(${c.windowStart}) as oldest
      from ${c}
      where ${c.key} = ${k} and ${c.windowStart} > ${since.toISOString()}
        and ${c.windowStart} < ${bucket.toISOString()}),
    ${counted} as (
      insert into ${c} as current (key, window_start, count)
      select ${k}, ${bucket.toISOString()}, 1 from ${prior}
      where ${prior}.used < ${policy.limit}${afterPrevious}
      on conflict (key, window_start) do update set count = current.count + 1
        where current.count + (select used from ${prior}) < ${policy.limit}
      returning current.count)`;
  });
  const columns = planned.map(({ i }) => {
    const [prior, counted] = [sql.identifier(`prior_${i}`), sql.identifier(`counted_${i}`)];
    return sql`(select count from ${counted}) as ${sql.identifier(`count_${i}`)},
      (select used from ${prior}) as ${sql.identifier(`used_${i}`)},
      (select oldest from ${prior}) as ${sql.identifier(`oldest_${i}`)}`;
  });
  const [row] = await executeRows<Record<string, number | string | Date | null>>(
    db,
    sql`with ${sql.join(ctes, sql`, `)} select ${sql.join(columns, sql`, `)}`,
  );
  const results: Array<RateLimitResult | null> = [];
  let refused = false;
  for (const { policy, bucket, i } of planned) {
    if (refused) {
      results.push(null);
      continue;
    }
    const count = row?.[`count_${i}`];
    if (count === null || count === undefined) {
      refused = true;
      results.push({
        allowed: false,
        remaining: 0,
        resetAt: addSeconds(bucket, policy.windowSeconds),
      });
      continue;
    }
    const oldestValue = row?.[`oldest_${i}`];
    const oldest = oldestValue ? new Date(oldestValue) : bucket;
    results.push({
      allowed: true,
      remaining: policy.limit - Number(row?.[`used_${i}`]) - Number(count),
      resetAt: addSeconds(oldest, policy.windowSeconds),
    });
  }
  return results;
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
