import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { config } from "@/lib/config";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { withUnavailablePage } from "@/lib/http/unavailable";
import { currentCodeStep } from "@/lib/registration/code-step";

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
  return to(safeReturnPath(request.nextUrl.searchParams.get("til")) ?? "/oversikt");
}

export const GET = withUnavailablePage(handleGet);
