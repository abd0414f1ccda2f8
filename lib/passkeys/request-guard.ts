import "server-only";
import { NextResponse } from "next/server";
import { isForeignOrigin } from "@/lib/http/same-origin";

/**
 * Passkey endpoints take JSON from our own pages only: a cross-site form cannot send JSON
 * without a CORS preflight, and a browser's Origin header, when sent, must be ours.
 */
export function refuseForeignRequest(request: Request): NextResponse | null {
  if (isForeignOrigin(request.headers)) {
    return NextResponse.json({ error: "forbidden" }, { status: 403 });
  }
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return NextResponse.json({ error: "invalid_request" }, { status: 415 });
  }
  return null;
}

export const NO_STORE = { "Cache-Control": "no-store" } as const;
