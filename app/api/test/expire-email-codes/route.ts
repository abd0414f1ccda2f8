import { and, eq, isNull } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getCurrentSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { emailCodes } from "@/lib/db/schema";
import { testHooksEnabled } from "@/lib/testing/test-only";

/**
 * Test-only controllable clock for this user's email codes: moves their open codes
 * eleven minutes into the past (expired, cooldown over). 404 unless APP_ENV=test.
 */
export async function POST() {
  if (!testHooksEnabled()) return new NextResponse(null, { status: 404 });
  const session = await getCurrentSession();
  if (!session) return new NextResponse(null, { status: 401 });
  const past = new Date(Date.now() - 11 * 60_000);
  const rows = await getDb()
    .update(emailCodes)
    .set({ createdAt: past, expiresAt: new Date(past.getTime() + 10 * 60_000) })
    .where(and(eq(emailCodes.userId, session.userId), isNull(emailCodes.usedAt)))
    .returning({ id: emailCodes.id });
  return NextResponse.json({ expired: rows.length });
}
