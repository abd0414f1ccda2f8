import "server-only";
import { config } from "@/lib/config";
import { closeDb, dbDriver } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { seedDemoData } from "@/lib/db/seed";
import { startDeliveryLoop } from "@/lib/email/deliver";
import { startHousekeeping } from "@/lib/housekeeping";

/** Start-up: refuse bad configuration, migrate, seed demo data outside production. */
export async function startServer(): Promise<void> {
  const cfg = config();
  if (cfg.appEnv !== "production" || process.env.MIGRATE_ON_START === "true") {
    await runMigrations();
  }
  if (cfg.appEnv !== "production") {
    await seedDemoData();
    console.log(`[medlemsportalen] ${cfg.appEnv}: database ${dbDriver()}, demodata lastet.`);
  }
  startDeliveryLoop();
  startHousekeeping();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void closeDb().finally(() => process.exit(0));
    });
  }
}
