import { NextResponse } from "next/server";
import { getCurrentSession } from "@/lib/auth/current-user";
import { backdateLogin } from "@/lib/sessions/sessions";
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
  const authenticatedAt = await backdateLogin(session.sessionId, minutes * 60);
  return NextResponse.json({ authenticatedAt: authenticatedAt.toISOString() });
}
