import "server-only";
import { originFrom } from "@/lib/http/client-info";
import { unseal } from "@/lib/crypto/seal";
import { endSession, ID_TOKEN_PURPOSE } from "@/lib/sessions/sessions";
import { endSessionUrl } from "./idporten";
import { signOut } from "./next-auth";
import { readSessionToken } from "./session-token";

/** Ends this browser's session; returns where to send it (ID-porten's end-session, or /). */
export async function logout(headers: Headers): Promise<string> {
  const st = await readSessionToken(headers);
  // The row first: it holds the ID token for ID-porten's end-session (signOut's event then
  // finds nothing left to end).
  const row = st ? await endSession(st, originFrom(headers)) : null;
  await signOut({ redirect: false });
  if (!row) return "/";
  try {
    const idToken = row.idToken ? unseal(ID_TOKEN_PURPOSE, row.idToken) : null;
    return (await endSessionUrl(idToken)) ?? "/";
  } catch {
    // ID-porten unreachable: the local session is gone; the user is logged out here.
    return "/";
  }
}
