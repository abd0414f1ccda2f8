import "server-only";
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { derivedKey, KEY_PURPOSES } from "@/lib/crypto/keys";

export function generateCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/**
 * Keyed, so a leaked table does not let anyone try the million codes offline; with a key of
 * its own, derived from AUTH_SECRET for this purpose only.
 */
export function hashCode(emailId: string, code: string): string {
  return createHmac("sha256", derivedKey(KEY_PURPOSES.emailCode))
    .update(`email-code:${emailId}:${code}`)
    .digest("base64url");
}

/**
 * A stored hash that no typed code matches: the hash of a 32-byte secret nobody sees, for an
 * address that must not be confirmable (it is confirmed on another account).
 */
export function unguessableCodeHash(emailId: string): string {
  return hashCode(emailId, randomBytes(32).toString("base64url"));
}

export function codeMatches(emailId: string, code: string, storedHash: string): boolean {
  const a = Buffer.from(hashCode(emailId, code));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
