import { NextResponse } from "next/server";
import { benchEnabled } from "@/lib/bench/bench-mode";
import { statementsSent } from "@/lib/db/statement-count";

export const dynamic = "force-dynamic";

/** Statements sent so far and this process's memory, for `npm run bench`. 404 unless APP_ENV=bench. */
export async function GET() {
  if (!benchEnabled()) return new NextResponse(null, { status: 404 });
  const memory = process.memoryUsage();
  return NextResponse.json(
    {
      statements: statementsSent(),
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      heapTotal: memory.heapTotal,
      external: memory.external,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
