import "server-only";
import { config } from "@/lib/config";
import { closeDb, dbDriver } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { seedDemoData } from "@/lib/demo/seed";
import { startDeliveryLoop } from "@/lib/email/deliver";
import { startHousekeeping } from "@/lib/housekeeping";
import { startLogoutDeliveryLoop } from "@/lib/oidc/delivery-schedule";

/** Start-up: refuse bad configuration, migrate, seed demo data outside production. */
export async function startServer(): Promise<void> {
  const cfg = config();
  // Auth.js builds its callback and redirect URLs from AUTH_URL, else from the request, which
  // behind a load balancer is the instance's own address (http://localhost:PORT), not APP_URL.
  process.env.AUTH_URL = cfg.appUrl;
  if (cfg.appEnv !== "production" || process.env.MIGRATE_ON_START === "true") {
    await runMigrations();
  }
  if (cfg.appEnv !== "production") {
    await seedDemoData();
    console.log(`[medlemsportalen] ${cfg.appEnv}: database ${dbDriver()}, demodata lastet.`);
  }
  if (cfg.email.pollSeconds > 0) startDeliveryLoop(cfg.email.pollSeconds * 1000);
  startLogoutDeliveryLoop();
  startHousekeeping();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void closeDb().finally(() => process.exit(0));
    });
  }
}
