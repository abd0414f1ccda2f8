import "server-only";
import { NextResponse } from "next/server";
import { recordRefusal } from "@/lib/audit/refusals";
import { originFrom } from "@/lib/http/client-info";
import { isForeignOrigin } from "@/lib/http/same-origin";

/**
 * Passkey endpoints take JSON from our own pages only: a cross-site form cannot send JSON
 * without a CORS preflight, and a browser's Origin header, when sent, must be ours. A foreign
 * Origin is audited as a refusal (capped per address).
 */
export async function refuseForeignRequest(
  request: Request,
  attempted: string,
): Promise<NextResponse | null> {
  if (isForeignOrigin(request.headers)) {
    await recordRefusal({
      actor: originFrom(request.headers),
      reason: "foreign-origin",
      attempted,
    });
    return NextResponse.json({ error: "forbidden" }, { status: 403, headers: NO_STORE });
  }
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return NextResponse.json({ error: "invalid_request" }, { status: 415, headers: NO_STORE });
  }
  return null;
}

export const NO_STORE = { "Cache-Control": "no-store" } as const;
