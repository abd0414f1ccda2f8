import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { mkdirSync } from "node:fs";
import postgres from "postgres";
import { config } from "@/lib/config";
import { createGate, gatedClient } from "./pool-gate";
import * as schema from "./schema";
import { countStatement } from "./statement-count";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; domain functions accept either so callers can compose them. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

type Handle = { db: Db; driver: "postgres" | "pglite"; close: () => Promise<void> };

const globalForDb = globalThis as unknown as { __medlemsportalenDb?: Handle };

function open(): Handle {
  const { databaseUrl, pgliteDir, database } = config();
  if (databaseUrl) {
    const client = postgres(databaseUrl, {
      max: database.poolSize,
      connect_timeout: database.connectTimeoutSeconds,
      // `npm run bench` counts statements per request; nothing is hooked in elsewhere.
      ...(config().appEnv === "bench" ? { debug: countStatement } : {}),
      idle_timeout: 60,
      // Reconnect soon after an outage: postgres.js's default waits up to 20 s per connection
      // after repeated failures, which kept requests waiting well after a restart was over.
      backoff: (attempts: number) => Math.min(0.05 * 2 ** attempts, 1),
      onnotice: () => {},
      connection: {
        application_name: "medlemsportalen",
        statement_timeout: database.statementTimeoutMs,
        // A transaction left open (a bug, a stuck request) must not hold its locks for ever.
        idle_in_transaction_session_timeout: 60_000,
      },
    });
    const gate = createGate({
      size: database.poolSize,
      waitMs: database.poolTimeoutMs,
      // Room for a connect and the longest statement; past that the database is unusable.
      deadlineMs: database.connectTimeoutSeconds * 1000 + database.statementTimeoutMs + 1000,
    });
    return {
      db: drizzlePostgres(gatedClient(client, gate), { schema }) as unknown as Db,
      driver: "postgres",
      close: () => client.end({ timeout: 5 }),
    };
  }
  const inMemory = pgliteDir === "memory://";
  if (!inMemory) mkdirSync(pgliteDir, { recursive: true });
  const client = new PGlite(inMemory ? "memory://" : pgliteDir, { extensions: { pg_trgm } });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    driver: "pglite",
    close: () => client.close(),
  };
}

function handle(): Handle {
  // One instance across hot reloads: PGlite allows a single open handle per data folder.
  globalForDb.__medlemsportalenDb ??= open();
  return globalForDb.__medlemsportalenDb;
}

export function getDb(): Db {
  return handle().db;
}

export function dbDriver(): Handle["driver"] {
  return handle().driver;
}

export async function closeDb(): Promise<void> {
  const h = globalForDb.__medlemsportalenDb;
  globalForDb.__medlemsportalenDb = undefined;
  await h?.close();
}
