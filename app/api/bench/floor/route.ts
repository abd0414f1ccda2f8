import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { benchEnabled } from "@/lib/bench/bench-mode";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** The benchmark's floor: one `select 1` through the app's database client. 404 unless APP_ENV=bench. */
export async function GET() {
  if (!benchEnabled()) return new NextResponse(null, { status: 404 });
  await getDb().execute(sql`select 1`);
  return new NextResponse("ok", { headers: { "Cache-Control": "no-store" } });
}
