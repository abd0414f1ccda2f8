import "server-only";
import { eq, lt } from "drizzle-orm";
import { addSeconds, now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { webauthnChallenges } from "@/lib/db/schema";
import { CHALLENGE_TTL_SECONDS } from "./config";

export type ChallengePurpose = "registration" | "authentication";

type ChallengeRef = {
  challenge: string;
  purpose: ChallengePurpose;
  /** The user it was issued to; null for login, where the user is not known yet. */
  userId: string | null;
};

/** Stores a challenge the browser was just given; it lives five minutes. */
export async function storeChallenge(ref: ChallengeRef, db: DbOrTx = getDb()): Promise<void> {
  const at = now();
  // Housekeeping on the way (the login page asks for a challenge on every visit), in the
  // same statement: one round trip, no transaction.
  const expired = db
    .$with("expired")
    .as(
      db
        .delete(webauthnChallenges)
        .where(lt(webauthnChallenges.expiresAt, at))
        .returning({ id: webauthnChallenges.id }),
    );
  await db
    .with(expired)
    .insert(webauthnChallenges)
    .values({
      challenge: ref.challenge,
      purpose: ref.purpose,
      userId: ref.userId,
      expiresAt: addSeconds(at, CHALLENGE_TTL_SECONDS),
    });
}

/**
 * Uses up a challenge: deletes it first, so it can never be used twice (not even by a
 * request racing this one), then says whether it was valid for this purpose and user.
 */
export async function consumeChallenge(ref: ChallengeRef, db: DbOrTx = getDb()): Promise<boolean> {
  const [row] = await db
    .delete(webauthnChallenges)
    .where(eq(webauthnChallenges.challenge, ref.challenge))
    .returning();
  if (!row) return false;
  if (row.purpose !== ref.purpose) return false;
  if (row.userId !== ref.userId) return false;
  return now().getTime() < row.expiresAt.getTime();
}
