import type { Sql } from "postgres";
import { markDatabaseUnavailable } from "@/lib/http/request-state";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "./unavailable";

export type GateLimits = {
  /** Queries and transactions at once (the pool's size). */
  size: number;
  /** The longest wait for a free place; then DatabaseUnavailableError (a 503). */
  waitMs: number;
  /**
   * The longest a request waits for one query or transaction to finish. postgres.js keeps a
   * query waiting while it reconnects to a database that is down; the request gives up here.
   */
  deadlineMs: number;
};

/**
 * At most `size` queries or transactions at once; the next waits at most `waitMs` for a free
 * place. Both this wait and each piece of work are bounded, so a request never queues for
 * ever behind a stuck or unreachable database: it fails with a 503 instead.
 */
export function createGate({ size, waitMs, deadlineMs }: GateLimits) {
  let active = 0;
  const waiting: Array<() => void> = [];

  function acquire(): Promise<void> {
    if (active < size) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const take = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(take), 1);
        reject(new DatabaseUnavailableError("pool-exhausted"));
      }, waitMs);
      waiting.push(take);
    });
  }

  function release(): void {
    const next = waiting.shift();
    // The place passes straight to the next in line; `active` stays the same.
    if (next) next();
    else active--;
  }

  /**
   * `safeToRepeat`: whether the work may run again after a failure (it changed nothing).
   * `onAbandon`: called when the caller stops waiting (the work may still finish later).
   */
  async function run<T>(
    work: () => PromiseLike<T>,
    { safeToRepeat = () => false, onAbandon }: RunOptions = {},
  ): Promise<T> {
    try {
      await acquire();
    } catch (error) {
      markDatabaseUnavailable();
      throw error;
    }
    // The place is held until the work really ends, even after the caller has given up.
    const running = withFreshConnection(work, safeToRepeat, size);
    void running.then(release, release);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        onAbandon?.();
        reject(new DatabaseUnavailableError("unreachable"));
      }, deadlineMs);
    });
    try {
      return await Promise.race([running, deadline]);
    } catch (error) {
      if (isDatabaseUnavailable(error)) markDatabaseUnavailable();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  return { run, stats: () => ({ active, waiting: waiting.length }) };
}

type RunOptions = { safeToRepeat?: () => boolean; onAbandon?: () => void };

// A pooled connection the server closed while it sat idle (a restart) fails the next work at
// once with one of these; work that failed so fast never reached the database. 57P03 ("the
// database system is shutting down" or "starting up") refuses a connection opened during a
// restart: the reliability suite saw it reach a read well after PostgreSQL was back.
const STALE = new Set(["CONNECTION_CLOSED", "ECONNRESET", "EPIPE", "57P01", "57P02", "57P03"]);
const AT_ONCE_MS = 500;

function isStale(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && STALE.has(code);
}

/**
 * Runs the work; if it failed at once on a dead pooled connection and may be repeated, runs it
 * again (postgres.js then takes or opens another connection), at most once per connection.
 * A request that was in flight when the database went away is not repeated: it waited longer.
 */
async function withFreshConnection<T>(
  work: () => PromiseLike<T>,
  safeToRepeat: () => boolean,
  connections: number,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    try {
      return await work();
    } catch (error) {
      const atOnce = performance.now() - started < AT_ONCE_MS;
      if (!(isStale(error) && atOnce && safeToRepeat() && attempt <= connections)) throw error;
    }
  }
}

type Gate = ReturnType<typeof createGate>;
type Query = PromiseLike<unknown> & { values(): PromiseLike<unknown> };

/** A query that runs only when awaited (as postgres.js's own), and then through the gate. */
function lazyQuery(gate: Gate, text: unknown, make: () => Query) {
  // A read may run again on another connection; a write outside a transaction may not.
  const options = {
    safeToRepeat: () => typeof text === "string" && /^\s*select\b/i.test(text),
  };
  let result: Promise<unknown> | undefined;
  const start = () => (result ??= gate.run(make, options));
  return {
    then: (onOk?: (v: unknown) => unknown, onError?: (e: unknown) => unknown) =>
      start().then(onOk, onError),
    catch: (onError: (e: unknown) => unknown) => start().catch(onError),
    finally: (onFinally: () => void) => start().finally(onFinally),
    values: () => gate.run(() => make().values(), options),
  };
}

/**
 * The postgres.js client as drizzle uses it (`unsafe` for queries, `begin` for transactions),
 * with every top-level query and transaction passing the gate. Inside a transaction drizzle uses
 * the transaction's own connection, which already holds its place.
 */
export function gatedClient(sql: Sql, gate: Gate): Sql {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (...args: Parameters<Sql["unsafe"]>) =>
          lazyQuery(gate, args[0], () => target.unsafe(...args) as unknown as Query);
      }
      if (property === "begin") {
        return (...args: unknown[]) => {
          // A transaction whose caller gave up (the request already answered 503) must not
          // start later, when the database is back: its change would appear after all.
          // One that never started may run again on another connection.
          let abandoned = false;
          let started = false;
          const body = args.at(-1) as (tx: unknown) => unknown;
          const guarded = [
            ...args.slice(0, -1),
            (tx: unknown) => {
              if (abandoned) throw new DatabaseUnavailableError("unreachable");
              started = true;
              return body(tx);
            },
          ];
          const begin = target.begin as (...a: unknown[]) => Promise<unknown>;
          return gate.run(() => begin(...guarded), {
            safeToRepeat: () => !started,
            onAbandon: () => (abandoned = true),
          });
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
