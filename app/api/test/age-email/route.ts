import { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentSession } from "@/lib/auth/current-user";
import { backdateEmailConfirmations } from "@/lib/emails/changes";
import { lapseOverdueEmails } from "@/lib/emails/reconfirmation";
import { backdateEmailCodes } from "@/lib/registration/code-step";
import { testHooksEnabled } from "@/lib/testing/test-only";

const daysSchema = z.coerce
  .number()
  .int()
  .min(0)
  .max(3 * 365);

/**
 * Test-only controllable clock for the yearly re-confirmation: makes this person's confirmed
 * addresses (and their codes) look `days` old, then runs the lapse job as housekeeping would. 404 unless
 * APP_ENV=test.
 */
export async function POST(request: Request) {
  if (!testHooksEnabled()) return new NextResponse(null, { status: 404 });
  const session = await getCurrentSession();
  if (!session) return new NextResponse(null, { status: 401 });
  const days = daysSchema.safeParse(new URL(request.url).searchParams.get("days"));
  if (!days.success) return new NextResponse(null, { status: 400 });
  const aged = await backdateEmailConfirmations(session.userId, days.data);
  await backdateEmailCodes(session.userId, days.data);
  const lapsed = await lapseOverdueEmails();
  return NextResponse.json({ aged, lapsed });
}
