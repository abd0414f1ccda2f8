import "server-only";
import { getToken } from "next-auth/jwt";
import { sessionCookieSecret } from "@/lib/crypto/keys";
import { sessionCookieName, usesSecureCookies } from "./cookies";

/** Our session token from the encrypted cookie, without touching the session row. */
export async function readSessionToken(headers: Headers): Promise<string | null> {
  const token = await getToken({
    req: { headers },
    secret: sessionCookieSecret(),
    cookieName: sessionCookieName(),
    secureCookie: usesSecureCookies(),
  });
  return token?.st ?? null;
}
