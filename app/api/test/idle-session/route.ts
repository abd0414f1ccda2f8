import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentSession } from "@/lib/auth/current-user";
import { backdateActivity } from "@/lib/sessions/sessions";
import { testHooksEnabled } from "@/lib/testing/test-only";

const secondsSchema = z.coerce
  .number()
  .int()
  .min(0)
  .max(24 * 3600);

/**
 * Test-only controllable clock for one session: makes this browser's session look idle for
 * `seconds` (the idle-logout journey). 404 unless APP_ENV=test.
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new NextResponse(null, { status: 404 });
  const session = await getCurrentSession();
  if (!session) return new NextResponse(null, { status: 401 });
  const seconds = secondsSchema.safeParse(new URL(request.url).searchParams.get("seconds"));
  if (!seconds.success) return new NextResponse(null, { status: 400 });
  const lastSeenAt = await backdateActivity(session.sessionId, seconds.data);
  return NextResponse.json({ lastSeenAt: lastSeenAt.toISOString() });
}
