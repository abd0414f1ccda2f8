import "server-only";
import { lt, sql } from "drizzle-orm";
import type { SQL, SQLWrapper } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute";
import { addSeconds, now } from "@/lib/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { knownBrowsers } from "@/lib/db/schema";
import { NEW_BROWSER_AFTER_SECONDS } from "@/lib/security-events/policy";
import { describeUserAgent } from "@/lib/user-agent/describe";

/** Browser family and system only ("Chrome på Windows"): enough to notice a new one, no more. */
const UNKNOWN = "ukjent";

/** The stored key: it does not change with the language the person happens to use. */
function browserLabel(userAgent: string | null): string {
  return describeUserAgent(userAgent, "nb") ?? UNKNOWN;
}

export type BrowserSeen = {
  /** Not seen for this person in the last 90 days, and not the login that created the account. */
  isNew: boolean;
};

/**
 * Notes that the person logged in from this browser, and whether it is one we have not seen.
 * One statement: the row is locked and read first (`seen`), then moved forward, or inserted
 * when there was none. `alongside` are data-modifying statements of the same login that ride
 * in the same round trip, as named CTEs.
 */
export async function rememberBrowser(
  tx: Tx,
  input: { userId: string; userAgent: string | null; firstLogin: boolean },
  alongside: Record<string, SQLWrapper> = {},
): Promise<BrowserSeen> {
  const { userId, userAgent, firstLogin } = input;
  const at = now();
  const label = browserLabel(userAgent);
  const kb = knownBrowsers;
  const atIso = at.toISOString();
  const others = Object.entries(alongside).map(
    ([name, statement]) => sql`${sql.identifier(name)} as ${statement}, `,
  );
  // FOR UPDATE waits for a login racing this one and then reads what it wrote, so of two
  // logins from one browser at the same moment only one can find it unseen. Neither the
  // update nor the insert can run before `seen` is read: both depend on it.
  const [row] = await executeRows<{ previous_seen: Date | string | null; inserted: boolean }>(
    tx,
    sql`with ${sql.join(others)}
      seen as (
        select ${kb.lastSeenAt} as last_seen_at from ${kb}
        where ${kb.userId} = ${userId} and ${kb.label} = ${label} for update),
      moved as (
        update ${kb} set last_seen_at = ${atIso} from seen
        where ${kb.userId} = ${userId} and ${kb.label} = ${label}
        returning seen.last_seen_at),
      added as (
        insert into ${kb} (user_id, label, last_seen_at)
        select ${userId}, ${label}, ${atIso} where not exists (select 1 from seen)
        on conflict do nothing returning 1)
      select (select last_seen_at from moved) as previous_seen,
        exists (select 1 from added) as inserted`,
  );
  if (row?.previous_seen) {
    const previous = new Date(row.previous_seen);
    return { isNew: previous < addSeconds(at, -NEW_BROWSER_AFTER_SECONDS) };
  }
  // Inserted: never seen. Neither: a login racing this one inserted it first, and tells.
  return { isNew: !!row?.inserted && !firstLogin };
}

/**
 * For a login with nothing to tell: CTEs `known`, one row when this person used this browser in
 * the last 90 days (locked as rememberBrowser locks it), and `known_moved`, its last-seen time
 * moved forward only then. The statement's other parts run `from known`, so when the browser is
 * new or forgotten the statement changes nothing and the caller takes rememberBrowser's way.
 */
export function ifKnownBrowser(
  input: { userId: string; userAgent: string | null },
  at: Date,
  /** An earlier CTE of the statement that must have a row too (a check that passed). */
  gate?: string,
): SQL {
  const kb = knownBrowsers;
  const label = browserLabel(input.userAgent);
  const cutoff = addSeconds(at, -NEW_BROWSER_AFTER_SECONDS).toISOString();
  const gated = gate ? sql` and exists (select 1 from ${sql.identifier(gate)})` : sql``;
  return sql`known as (
      select 1 from ${kb}
      where ${kb.userId} = ${input.userId} and ${kb.label} = ${label}
        and ${kb.lastSeenAt} >= ${cutoff}::timestamptz${gated}
      for update),
    known_moved as (
      update ${kb} set last_seen_at = ${at.toISOString()}::timestamptz
      where ${kb.userId} = ${input.userId} and ${kb.label} = ${label}
        and exists (select 1 from known))`;
}

/** Housekeeping: a browser unseen for 90 days counts as new anyway; its row can go. */
export async function forgetOldBrowsers(): Promise<void> {
  await getDb()
    .delete(knownBrowsers)
    .where(lt(knownBrowsers.lastSeenAt, addSeconds(now(), -NEW_BROWSER_AFTER_SECONDS)));
}
