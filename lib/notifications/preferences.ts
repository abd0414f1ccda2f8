import "server-only";
import { eq } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { emailPreferences } from "@/lib/db/schema";

/** Every write to email_preferences goes through this file. No row means the defaults. */

export async function joinRequestDigestEnabled(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ on: emailPreferences.joinRequestDigest })
    .from(emailPreferences)
    .where(eq(emailPreferences.userId, userId));
  return row?.on ?? true;
}

export async function setJoinRequestDigest(userId: string, on: boolean): Promise<void> {
  await getDb()
    .insert(emailPreferences)
    .values({ userId, joinRequestDigest: on, updatedAt: now() })
    .onConflictDoUpdate({
      target: emailPreferences.userId,
      set: { joinRequestDigest: on, updatedAt: now() },
    });
}
