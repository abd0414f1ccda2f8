import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { DatabaseUnavailableError } from "@/lib/db/unavailable";
import { markDatabaseUnavailable } from "@/lib/http/request-state";
import { RETURN_PATH_HEADER } from "@/lib/http/return-path";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { cache } from "react";
import type { Session } from "next-auth";
import { auth } from "./next-auth";
import { sessionUserOf } from "@/lib/sessions/request-user";
import { getUserById } from "./users";

export type CurrentUser = {
  id: string;
  name: string | null;
  role: "member" | "support";
  registered: boolean;
};

/** The validated session of this request (checked against PostgreSQL), or null. */
export const getCurrentSession = cache(async (): Promise<Session | null> => {
  const session = await auth();
  // Not "logged out": the page or action answers 503 and the user may simply try again.
  if (session?.unavailable) {
    markDatabaseUnavailable();
    throw new DatabaseUnavailableError("unreachable");
  }
  return session?.userId ? session : null;
});

/** The logged-in user for rendering, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getCurrentSession();
  if (!session) return null;
  // validateSession read the user with the session; read it again only outside a render.
  const user = sessionUserOf(session.sessionId) ?? (await getUserById(session.userId));
  if (!user || user.disabledAt) return null;
  return { id: user.id, name: user.name, role: user.role, registered: !!user.registeredAt };
});

/** For portal pages: a logged-in user, else off to login and back here afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const back = safeReturnPath((await headers()).get(RETURN_PATH_HEADER));
    redirect(back ? `/logg-inn?callbackUrl=${encodeURIComponent(back)}` : "/logg-inn");
  }
  return user;
}

/** For portal pages behind registration: unfinished registrations go back to /registrer. */
export async function requireRegisteredUser(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!user.registered) redirect("/registrer");
  return user;
}
