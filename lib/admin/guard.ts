import "server-only";
import { redirect } from "next/navigation";
import { getCurrentSession, getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { config } from "@/lib/config";
import { currentOrigin } from "@/lib/http/client-info";
import { adminAccess, type AdminDenial } from "./access";

export type SupportGate = { ok: true; user: CurrentUser } | { ok: false; reason: AdminDenial };

/** The admin check for this request; callers show the no-access page when it fails. */
export async function checkSupport(): Promise<SupportGate | null> {
  const [session, user] = await Promise.all([getCurrentSession(), getCurrentUser()]);
  if (!session || !user) return null;
  if (!user.registered) redirect("/registrer");
  const access = adminAccess({
    user,
    login: { method: session.method, acr: session.acr },
    ip: (await currentOrigin()).ip,
    networks: config().adminNetworks,
  });
  return access.ok ? { ok: true, user } : access;
}

/** For admin pages: off to login without a session, else the gate to render by. */
export async function requireSupport(returnTo = "/admin"): Promise<SupportGate> {
  const gate = await checkSupport();
  if (!gate) redirect(`/logg-inn?callbackUrl=${encodeURIComponent(returnTo)}`);
  return gate;
}
