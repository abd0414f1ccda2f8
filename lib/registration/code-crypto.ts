import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

export function generateCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, "0");
}

/** Keyed, so a leaked table does not let anyone try the million codes offline. */
export function hashCode(emailId: string, code: string): string {
  return createHmac("sha256", config().authSecret)
    .update(`email-code:${emailId}:${code}`)
    .digest("base64url");
}

export function codeMatches(emailId: string, code: string, storedHash: string): boolean {
  const a = Buffer.from(hashCode(emailId, code));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
