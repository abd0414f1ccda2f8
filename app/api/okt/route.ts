import { NextResponse, type NextRequest } from "next/server";
import { getCurrentSession } from "@/lib/auth/current-user";
import { readSessionToken } from "@/lib/auth/session-token";
import { addSeconds, now } from "@/lib/clock";
import { recordRefusal } from "@/lib/audit/refusals";
import { originFrom } from "@/lib/http/client-info";
import { isForeignOrigin } from "@/lib/http/same-origin";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { peekSession } from "@/lib/sessions/sessions";
import { withUnavailablePage } from "@/lib/http/unavailable";

const NO_STORE = { "cache-control": "no-store" };

function idleDeadline(lastSeenAt: Date, expiresAt: Date): Date {
  const idle = addSeconds(lastSeenAt, SESSION_POLICY.idleSeconds);
  return idle < expiresAt ? idle : expiresAt;
}

/**
 * How long the session has left, in seconds from now: relative, so a browser whose clock is
 * wrong still warns on time.
 */
function answer(deadline: Date) {
  const secondsLeft = Math.floor((deadline.getTime() - now().getTime()) / 1000);
  if (secondsLeft <= 0) return NextResponse.json({ active: false }, { headers: NO_STORE });
  return NextResponse.json({ active: true, secondsLeft }, { headers: NO_STORE });
}

/** The idle warning asks when this session ends, without counting the question as activity. */
async function handleGet(request: NextRequest) {
  const st = await readSessionToken(request.headers);
  const row = st ? await peekSession(st) : null;
  if (!row) return NextResponse.json({ active: false }, { headers: NO_STORE });
  return answer(idleDeadline(row.lastSeenAt, row.expiresAt));
}

/** `Forbli innlogget`: counts as activity (the session check touches the row). */
async function handlePost(request: NextRequest) {
  if (isForeignOrigin(request.headers)) {
    const actor = originFrom(request.headers);
    await recordRefusal({ actor, reason: "foreign-origin", attempted: "session.keepAlive" });
    return new NextResponse(null, { status: 403 });
  }
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ active: false }, { headers: NO_STORE });
  return answer(addSeconds(new Date(session.lastSeenAt), SESSION_POLICY.idleSeconds));
}

export const GET = withUnavailablePage(handleGet);

export const POST = withUnavailablePage(handlePost);
