import { NextResponse, type NextRequest } from "next/server";
import { getCurrentSession } from "@/lib/auth/current-user";
import { readSessionToken } from "@/lib/auth/session-token";
import { addSeconds, now } from "@/lib/clock";
import { isForeignOrigin } from "@/lib/http/same-origin";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { peekSession } from "@/lib/sessions/sessions";

function idleDeadline(lastSeenAt: Date, expiresAt: Date): Date {
  const idle = addSeconds(lastSeenAt, SESSION_POLICY.idleSeconds);
  return idle < expiresAt ? idle : expiresAt;
}

/** The idle warning asks when this session ends, without counting the question as activity. */
export async function GET(request: NextRequest) {
  const st = await readSessionToken(request.headers);
  const row = st ? await peekSession(st) : null;
  if (!row || idleDeadline(row.lastSeenAt, row.expiresAt) <= now()) {
    return NextResponse.json({ active: false }, { headers: { "cache-control": "no-store" } });
  }
  return NextResponse.json(
    { active: true, endsAt: idleDeadline(row.lastSeenAt, row.expiresAt).toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
}

/** `Forbli innlogget`: counts as activity (the session check touches the row). */
export async function POST(request: NextRequest) {
  if (isForeignOrigin(request.headers)) return new NextResponse(null, { status: 403 });
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ active: false }, { status: 401 });
  const endsAt = addSeconds(new Date(session.lastSeenAt), SESSION_POLICY.idleSeconds);
  return NextResponse.json(
    { active: true, endsAt: endsAt.toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
}
