import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { config } from "@/lib/config";
import { safeReturnPath } from "@/lib/http/safe-return-path";

/** After any login: unfinished registrations go to /registrer, others to where they were going. */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  const to = (path: string) => NextResponse.redirect(new URL(path, config().appUrl), 303);
  if (!user) return to("/logg-inn");
  if (!user.registered) return to("/registrer");
  return to(safeReturnPath(request.nextUrl.searchParams.get("til")) ?? "/oversikt");
}
