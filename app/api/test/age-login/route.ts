import { eq } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getCurrentSession } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { sessions } from "@/lib/db/schema";
import { testHooksEnabled } from "@/lib/testing/test-only";

/**
 * Test-only controllable clock for one session: makes this browser's login look
 * `minutes` old (step-up journeys). 404 unless APP_ENV=test.
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new NextResponse(null, { status: 404 });
  const session = await getCurrentSession();
  if (!session) return new NextResponse(null, { status: 401 });
  const minutes = Number(new URL(request.url).searchParams.get("minutes") ?? "16");
  const authenticatedAt = new Date(Date.now() - minutes * 60_000);
  await getDb().update(sessions).set({ authenticatedAt }).where(eq(sessions.id, session.sessionId));
  return NextResponse.json({ authenticatedAt: authenticatedAt.toISOString() });
}
