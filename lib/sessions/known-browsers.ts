import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb, type Tx } from "@/lib/db/client";
import { knownBrowsers } from "@/lib/db/schema";
import { NEW_BROWSER_AFTER_SECONDS } from "@/lib/security-events/policy";
import { describeUserAgent } from "@/lib/user-agent/describe";

/** Browser family and system only ("Chrome på Windows"): enough to notice a new one, no more. */
const UNKNOWN = "ukjent";

export type BrowserSeen = {
  /** Not seen for this person in the last 90 days, and not the login that created the account. */
  isNew: boolean;
};

/** Notes that the person logged in from this browser, and whether it is one we have not seen. */
export async function rememberBrowser(
  tx: Tx,
  input: { userId: string; userAgent: string | null; firstLogin: boolean },
): Promise<BrowserSeen> {
  const { userId, userAgent, firstLogin } = input;
  const at = now();
  // The stored key does not change with the language the person happens to use.
  const label = describeUserAgent(userAgent, "nb") ?? UNKNOWN;
  const [previous] = await tx
    .select({ lastSeenAt: knownBrowsers.lastSeenAt })
    .from(knownBrowsers)
    .where(and(eq(knownBrowsers.userId, userId), eq(knownBrowsers.label, label)))
    .for("update");
  if (previous) {
    await tx
      .update(knownBrowsers)
      .set({ lastSeenAt: at })
      .where(and(eq(knownBrowsers.userId, userId), eq(knownBrowsers.label, label)));
    return { isNew: previous.lastSeenAt < addSeconds(at, -NEW_BROWSER_AFTER_SECONDS) };
  }
  // Two logins from the same new browser at the same moment: the key decides, one of them tells.
  const inserted = await tx
    .insert(knownBrowsers)
    .values({ userId, label, lastSeenAt: at })
    .onConflictDoNothing()
    .returning({ label: knownBrowsers.label });
  return { isNew: inserted.length > 0 && !firstLogin };
}

/** Housekeeping: a browser unseen for 90 days counts as new anyway; its row can go. */
export async function forgetOldBrowsers(): Promise<void> {
  await getDb()
    .delete(knownBrowsers)
    .where(lt(knownBrowsers.lastSeenAt, addSeconds(now(), -NEW_BROWSER_AFTER_SECONDS)));
}
