import "server-only";
import { lt } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { rateLimitCounters, webauthnChallenges, webhookReceipts } from "@/lib/db/schema";
import { sendJoinRequestDigests } from "@/lib/groups/digest";
import { describeError } from "@/lib/logging/describe-error";
import { lapseOverdueEmails } from "@/lib/emails/reconfirmation";
import { openQuarterlyReviews, remindOverdueReviews } from "@/lib/reviews/reviews";
import { deleteExpiredOidcModels } from "@/lib/oidc/adapter";
import { deleteOldSecurityEvents } from "@/lib/security-events/queries";
import { forgetOldBrowsers } from "@/lib/sessions/known-browsers";
import { deleteExpiredSessions } from "@/lib/sessions/sessions";

/** Removes rows nothing can use any more: dead sessions, old counters, stale challenges. */
export async function runHousekeeping(): Promise<void> {
  const at = now();
  await deleteExpiredSessions();
  await deleteExpiredOidcModels();
  // The longest rate-limit window is an hour; a day is a generous margin.
  await getDb()
    .delete(rateLimitCounters)
    .where(lt(rateLimitCounters.windowStart, addSeconds(at, -86_400)));
  await getDb().delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, at));
  // Webhook ids are remembered past the five minutes a signature is accepted.
  await getDb()
    .delete(webhookReceipts)
    .where(lt(webhookReceipts.receivedAt, addSeconds(at, -86_400)));
  // Work addresses not confirmed again within the grace period lapse.
  await lapseOverdueEmails(at);
  // Each quarter every group's admins go through the members; a reminder after 14 days.
  await openQuarterlyReviews(at);
  await remindOverdueReviews(at);
  // Kept for the 90 days they are used, no longer.
  await deleteOldSecurityEvents();
  await forgetOldBrowsers();
}

export function startHousekeeping(intervalMs = 10 * 60_000): () => void {
  const timer = setInterval(() => {
    runHousekeeping().catch((error) => console.error(`[housekeeping] ${describeError(error)}`));
    // From 08:00 Oslo time: the group admins' morning summary (once per admin and day).
    sendJoinRequestDigests().catch((error) =>
      console.error(`[housekeeping] digest: ${describeError(error)}`),
    );
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
