import "server-only";
import { lt } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { rateLimitCounters, webauthnChallenges } from "@/lib/db/schema";
import { describeError } from "@/lib/logging/describe-error";
import { deleteExpiredSessions } from "@/lib/sessions/sessions";

/** Removes rows nothing can use any more: dead sessions, old counters, stale challenges. */
export async function runHousekeeping(): Promise<void> {
  const at = now();
  await deleteExpiredSessions();
  // The longest rate-limit window is an hour; a day is a generous margin.
  await getDb()
    .delete(rateLimitCounters)
    .where(lt(rateLimitCounters.windowStart, addSeconds(at, -86_400)));
  await getDb().delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, at));
}

export function startHousekeeping(intervalMs = 10 * 60_000): () => void {
  const timer = setInterval(() => {
    runHousekeeping().catch((error) => console.error(`[housekeeping] ${describeError(error)}`));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
