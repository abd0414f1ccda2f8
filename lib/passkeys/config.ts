import "server-only";
import { config } from "@/lib/config";

/** A user holds at most this many passkeys; enrolling one more is refused. */
export const MAX_PASSKEYS_PER_USER = 10;

/** A WebAuthn challenge is valid this long, and only once. */
export const CHALLENGE_TTL_SECONDS = 5 * 60;

/** How long the browser may wait for the user; shorter than the challenge's life. */
export const CEREMONY_TIMEOUT_MS = 3 * 60 * 1000;

export type RelyingParty = { id: string; origin: string; name: string };

/** The relying party is the portal itself: RP ID is the hostname of APP_URL. */
export function relyingParty(): RelyingParty {
  const url = new URL(config().appUrl);
  return { id: url.hostname, origin: url.origin, name: "Medlemsportalen" };
}
