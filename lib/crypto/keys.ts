import "server-only";
import { hkdfSync } from "node:crypto";
import { config } from "@/lib/config";

/**
 * What each key derived from AUTH_SECRET is for. A key serves one purpose only, so a value
 * made for one (a code hash, a sealed ID token, a session cookie) is useless for another.
 */
export const KEY_PURPOSES = {
  /** HMAC of the six-digit email codes (lib/registration/code-crypto.ts). */
  emailCode: "email-code",
  /** AES-GCM of the ID-porten ID token kept in the session row (lib/crypto/seal.ts). */
  idToken: "session-id-token",
  /** Auth.js's encrypted session cookie (lib/auth/next-auth.ts, session-token.ts). */
  sessionCookie: "session-cookie",
  /** The MAC of passkey login challenges, stored nowhere until used (lib/passkeys/challenges.ts). */
  loginChallenge: "passkey-login-challenge",
} as const;

export type KeyPurpose = (typeof KEY_PURPOSES)[keyof typeof KEY_PURPOSES];

/** HKDF-SHA-256 of `secret` with a label per purpose: 32 bytes, never the secret itself. */
export function deriveKeyFrom(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "medlemsportalen", purpose, 32));
}

const derived = new Map<string, Buffer>();

/**
 * The key for `purpose`, derived from AUTH_SECRET once per secret (HKDF on every login challenge
 * and code check showed in the profiles). Callers only read it.
 */
export function derivedKey(purpose: KeyPurpose): Buffer {
  const secret = config().authSecret;
  const id = `${purpose}\u0000${secret}`;
  let key = derived.get(id);
  if (!key) {
    key = deriveKeyFrom(secret, purpose);
    derived.set(id, key);
  }
  return key;
}

/** The session cookie's key as the string Auth.js takes as its `secret`. */
export function sessionCookieSecret(): string {
  return derivedKey(KEY_PURPOSES.sessionCookie).toString("base64url");
}
