import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { resetConfig } from "@/lib/config";
import { closeDb, getDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { whenDeliveryIdle } from "@/lib/email/deliver";
import { withDatabase } from "./global-setup";

/**
 * Gives the calling test file a clean, migrated database of its own:
 * a copy of the template on PostgreSQL, or an in-memory PGlite.
 */
export function setupTestDatabase(): void {
  const template = inject("pgTemplate");
  const baseUrl = process.env.DATABASE_URL;
  const name = `mp_test_${randomBytes(6).toString("hex")}`;

  beforeAll(async () => {
    if (template && baseUrl) {
      const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database ${name} template ${template}`);
      await admin.end();
      process.env.DATABASE_URL = withDatabase(baseUrl, name);
    } else {
      process.env.PGLITE_DIR = "memory://";
    }
    resetConfig();
    getDb();
    if (!template) await runMigrations();
  });

  afterAll(async () => {
    // A delivery scheduled by the last test must not outlive its database.
    await whenDeliveryIdle();
    await closeDb();
    if (template && baseUrl) {
      const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
      process.env.DATABASE_URL = baseUrl;
    }
  });
}
