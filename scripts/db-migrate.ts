// Run with: npm run db:migrate (uses DATABASE_URL, or the embedded PGlite in .data/).
import { closeDb } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";

await runMigrations();
await closeDb();
console.log("Migreringer kjørt.");
