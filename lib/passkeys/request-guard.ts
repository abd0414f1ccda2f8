import "server-only";
import { NextResponse } from "next/server";
import { config } from "@/lib/config";

/**
 * Passkey endpoints take JSON from our own pages only: a cross-site form cannot send JSON
 * without a CORS preflight, and a browser's Origin header, when sent, must be ours.
 */
export function refuseForeignRequest(request: Request): NextResponse | null {
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(config().appUrl).origin) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return NextResponse.json({ error: "invalid_request" }, { status: 415 });
  }
  return null;
}

export const NO_STORE = { "Cache-Control": "no-store" } as const;
