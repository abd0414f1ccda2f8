import "server-only";
import { getToken } from "next-auth/jwt";
import { recordAudit } from "@/lib/audit/record";
import { config } from "@/lib/config";
import { clientIpFrom } from "@/lib/http/client-info";
import { endSession } from "@/lib/sessions/sessions";
import { endSessionUrl } from "./idporten";
import { signOut } from "./next-auth";

/** Ends this browser's session; returns where to send it (ID-porten's end-session, or /). */
export async function logout(headers: Headers): Promise<string> {
  const { appUrl, authSecret } = config();
  const secureCookie = appUrl.startsWith("https://");
  const token = await getToken({
    req: { headers },
    secret: authSecret,
    secureCookie,
  });
  await signOut({ redirect: false });
  const row = token?.st ? await endSession(token.st) : null;
  if (!row) return "/";
  await recordAudit({
    action: "logout",
    actorUserId: row.userId,
    ip: clientIpFrom(headers),
    details: { method: row.method },
  });
  try {
    return (await endSessionUrl(row.idToken)) ?? "/";
  } catch {
    // ID-porten unreachable: the local session is gone; the user is logged out here.
    return "/";
  }
}
