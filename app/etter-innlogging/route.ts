import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { config } from "@/lib/config";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { withUnavailablePage } from "@/lib/http/unavailable";
import { currentCodeStep } from "@/lib/registration/code-step";
import { sendReconfirmationCode } from "@/lib/registration/reconfirm-code";
import { DomainError } from "@/lib/actions/errors";
import { actorOf } from "@/lib/audit/actor";
import { RECONFIRM_PATH } from "@/lib/emails/reconfirm-policy";
import { pendingReconfirmation } from "@/lib/emails/reconfirmation";
import { currentOrigin } from "@/lib/http/client-info";

/**
 * After any login: unfinished registrations go back to their step (the code step while a code
 * still works, so it is not replaced), others to where they were going.
 */
async function handleGet(request: NextRequest) {
  const user = await getCurrentUser();
  const to = (path: string) => NextResponse.redirect(new URL(path, config().appUrl), 303);
  if (!user) return to("/logg-inn");
  if (!user.registered) {
    const step = await currentCodeStep(user.id);
    return to(step?.liveCode ? "/registrer/bekreft" : "/registrer");
  }
  const next = safeReturnPath(request.nextUrl.searchParams.get("til"));
  // A work address due for its yearly re-confirmation: a code goes out now, the screen asks for it.
  const pending = await pendingReconfirmation(user.id);
  if (pending) {
    try {
      const actor = actorOf(user.id, await currentOrigin(request.headers));
      await sendReconfirmationCode(actor, pending, { keepLiveCode: true });
    } catch (error) {
      // Cooldown or hourly cap: the screen offers `Send kode på nytt` with the wait.
      if (!(error instanceof DomainError)) throw error;
    }
    return to(next ? `${RECONFIRM_PATH}?til=${encodeURIComponent(next)}` : RECONFIRM_PATH);
  }
  return to(next ?? "/oversikt");
}

export const GET = withUnavailablePage(handleGet);
