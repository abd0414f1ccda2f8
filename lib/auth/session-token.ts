import "server-only";
import { getToken } from "next-auth/jwt";
import { config } from "@/lib/config";

/** Our session token from the encrypted cookie, without touching the session row. */
export async function readSessionToken(headers: Headers): Promise<string | null> {
  const { appUrl, authSecret } = config();
  const token = await getToken({
    req: { headers },
    secret: authSecret,
    secureCookie: appUrl.startsWith("https://"),
  });
  return token?.st ?? null;
}
