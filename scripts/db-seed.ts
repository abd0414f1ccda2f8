// Run with: npm run db:seed — loads the demo data of DESIGN.md (never in production).
import { config } from "@/lib/config";
import { closeDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { seedDemoData } from "@/lib/demo/seed";

if (config().appEnv === "production") {
  console.error("Demodata lastes aldri i produksjon.");
  process.exit(1);
}
await runMigrations();
await seedDemoData();
await closeDb();
console.log("Demodata lastet.");
