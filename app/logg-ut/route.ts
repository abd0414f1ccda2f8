import { NextResponse, type NextRequest } from "next/server";
import { recordRefusal } from "@/lib/audit/refusals";
import { originFrom } from "@/lib/http/client-info";
import { logout } from "@/lib/auth/logout";
import { config } from "@/lib/config";
import { t } from "@/lib/i18n";
import { isForeignOrigin } from "@/lib/http/same-origin";
import { withUnavailablePage } from "@/lib/http/unavailable";

/** Logg ut: ends the local session and sends the browser through ID-porten's end-session. */
async function handlePost(request: NextRequest) {
  // A cross-site form must not log people out.
  if (isForeignOrigin(request.headers)) {
    const actor = originFrom(request.headers);
    await recordRefusal({ actor, reason: "foreign-origin", attempted: "session.logout" });
    return new NextResponse(t.common.errors.requestRefused, { status: 403 });
  }
  const next = await logout(request.headers);
  return NextResponse.redirect(new URL(next, config().appUrl), 303);
}

export function GET() {
  return NextResponse.redirect(new URL("/", config().appUrl), 303);
}

export const POST = withUnavailablePage(handlePost);
