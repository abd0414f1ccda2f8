import { NextResponse, type NextRequest } from "next/server";
import { handleResendWebhook } from "@/lib/email/webhook";
import { currentOrigin } from "@/lib/http/client-info";

/** Larger bodies are not Resend's events; refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

/** Resend's delivery events (signed); see lib/email/webhook.ts. */
export async function POST(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return new NextResponse(null, { status: 413 });
  const payload = await request.text();
  if (payload.length > MAX_BODY_BYTES) return new NextResponse(null, { status: 413 });
  const outcome = await handleResendWebhook(payload, request.headers, await currentOrigin());
  return NextResponse.json({ ok: outcome.status === 200 }, { status: outcome.status });
}
