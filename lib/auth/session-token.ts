import "server-only";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";
import { sessionCookieName } from "./cookies";

/** Our session tokens: 32 random bytes, base64url (lib/sessions/sessions.ts). */
const SESSION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The session cookie holds our opaque session token itself, not a JWE around it: PostgreSQL
 * stores only its hash, so a request costs one hash and one indexed lookup, and no key
 * derivation, decryption and re-encryption. A token that is not ours by its shape is no token;
 * one that is, but unknown (forged, ended), finds no row. Auth.js' other cookies (PKCE, state,
 * nonce, CSRF) keep their own encryption: they do not go through `jwt`.
 */
export const sessionCookieCodec = {
  async encode({ token }: JWTEncodeParams<JWT>): Promise<string> {
    const st = token?.st;
    // The jwt callback returns { st } or null (no cookie); anything else is a bug.
    if (typeof st !== "string" || !SESSION_TOKEN.test(st)) {
      throw new Error("no session token to write to the cookie");
    }
    return st;
  },
  async decode({ token }: JWTDecodeParams): Promise<JWT | null> {
    return sessionTokenOf(token);
  },
};

function sessionTokenOf(value: string | undefined | null): { st: string } | null {
  return value && SESSION_TOKEN.test(value) ? { st: value } : null;
}

/** Our session token from the session cookie, without touching the session row. */
export async function readSessionToken(headers: Headers): Promise<string | null> {
  const name = `${sessionCookieName()}=`;
  const pair = (headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(name));
  return sessionTokenOf(pair?.slice(name.length))?.st ?? null;
}
