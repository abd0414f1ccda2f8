import { NextResponse, type NextRequest } from "next/server";
import { logout } from "@/lib/auth/logout";
import { config } from "@/lib/config";

/** Logg ut: ends the local session and sends the browser through ID-porten's end-session. */
export async function POST(request: NextRequest) {
  const origin = request.headers.get("origin");
  // A cross-site form must not log people out.
  if (origin && origin !== new URL(config().appUrl).origin) {
    return new NextResponse("Forespørselen ble avvist.", { status: 403 });
  }
  const next = await logout(request.headers);
  return NextResponse.redirect(new URL(next, config().appUrl), 303);
}

export function GET() {
  return NextResponse.redirect(new URL("/", config().appUrl), 303);
}
