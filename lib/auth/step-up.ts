import "server-only";
import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { SESSION_POLICY } from "@/lib/sessions/policy";
import { getCurrentSession } from "./current-user";
import { stepUpPathFor } from "./step-up-path";

/** True when the login behind this session is younger than the step-up window (15 min). */
export function isRecentLogin(session: Pick<Session, "authenticatedAt">): boolean {
  const age = now().getTime() - new Date(session.authenticatedAt).getTime();
  return age >= 0 && age < SESSION_POLICY.stepUpSeconds * 1000;
}

/** Where to re-authenticate, coming back to `returnTo` afterwards. */
export { stepUpPathFor as stepUpPath };

/** For pages that lead to a step-up action: log in again first when the login is old. */
export async function requireRecentLogin(returnTo: string): Promise<void> {
  const session = await getCurrentSession();
  if (!session) redirect("/logg-inn");
  if (!isRecentLogin(session)) redirect(stepUpPathFor(returnTo));
}
