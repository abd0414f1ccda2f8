import "server-only";
import { createHash, createHmac, hkdfSync } from "node:crypto";
import { config } from "@/lib/config";

function derived(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "medlemsportalen-oidc", purpose, 32));
}

/**
 * The person's `sub` at one service: an HMAC of the user id and the client id, so no two services
 * can match their users by it and none ever sees the national identity number. Keyed from
 * PID_HMAC_KEY, which never changes, so a person's `sub` stays the same.
 */
export function pairwiseSubject(userId: string, clientId: string): string {
  return createHmac("sha256", derived(config().pidHmacKey, "pairwise-subject"))
    .update(`${clientId}:${userId}`)
    .digest("base64url");
}

/** Keys that sign the provider's cookies: the same on every instance, from AUTH_SECRET. */
export function cookieKeys(): string[] {
  return [derived(config().authSecret, "cookies").toString("base64url")];
}

/** Client secrets are 256 random bits, so a plain SHA-256 is a safe way to keep them. */
export function hashClientSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("base64url");
}
