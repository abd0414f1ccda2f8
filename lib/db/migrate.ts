import "server-only";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import postgres from "postgres";
import { config } from "@/lib/config";
import { dbDriver, getDb } from "./client";

const migrationsFolder = path.join(process.cwd(), "drizzle");
// Any fixed number; serialises migrations when several instances start at once.
const MIGRATION_LOCK = 727_001;

/** Applies the migrations in drizzle/ to whichever database the client points at. */
export async function runMigrations(): Promise<void> {
  const { databaseUrl } = config();
  if (!databaseUrl || dbDriver() === "pglite") {
    await migratePglite(getDb() as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // One connection, so the session-level advisory lock covers every migration statement.
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzle(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
