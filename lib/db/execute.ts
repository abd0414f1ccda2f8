import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./client";

/**
 * The rows of a raw statement, whichever driver ran it (postgres.js gives an array, PGlite an
 * object with `rows`). Raw rows skip drizzle's column mapping: names and values are the
 * database's own.
 */
export async function executeRows<T>(db: DbOrTx, statement: SQL): Promise<T[]> {
  const result = await db.execute(statement);
  return (Array.isArray(result) ? result : (result as unknown as { rows: T[] }).rows) as T[];
}
