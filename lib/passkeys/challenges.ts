import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { eq, lt } from "drizzle-orm";
import { derivedKey, KEY_PURPOSES } from "@/lib/crypto/keys";
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

/*
 * Login challenges are stateless until used: the login page asks for one on every view (for
 * autofill), so storing each would let page views fill the table, and rate-limiting them per
 * address would lock out a hospital behind one NAT. A challenge is 16 random bytes, its expiry
 * and a MAC over both; only a challenge that comes back in an assertion is written, as used.
 */
const NONCE_BYTES = 16;
const EXPIRY_BYTES = 8;
const MAC_BYTES = 16;

function loginChallengeMac(body: Buffer): Buffer {
  return createHmac("sha256", derivedKey(KEY_PURPOSES.loginChallenge))
    .update(body)
    .digest()
    .subarray(0, MAC_BYTES);
}

/** A new login challenge (raw bytes for the WebAuthn options); nothing is stored. */
export function issueLoginChallenge(at: Date = now()): Uint8Array<ArrayBuffer> {
  const expiry = Buffer.alloc(EXPIRY_BYTES);
  expiry.writeBigUInt64BE(BigInt(addSeconds(at, CHALLENGE_TTL_SECONDS).getTime()));
  const body = Buffer.concat([randomBytes(NONCE_BYTES), expiry]);
  return Uint8Array.from(Buffer.concat([body, loginChallengeMac(body)]));
}

/** When a login challenge this portal issued expires; null for anything else. */
export function loginChallengeExpiry(challenge: string): Date | null {
  let bytes: Buffer;
  try {
    bytes = Buffer.from(isoBase64URL.toBuffer(challenge));
  } catch {
    return null;
  }
  if (bytes.length !== NONCE_BYTES + EXPIRY_BYTES + MAC_BYTES) return null;
  const body = bytes.subarray(0, NONCE_BYTES + EXPIRY_BYTES);
  if (!timingSafeEqual(bytes.subarray(body.length), loginChallengeMac(body))) return null;
  return new Date(Number(body.readBigUInt64BE(NONCE_BYTES)));
}

/**
 * The statement that records a login challenge as used, or null when it is not one of ours or
 * has expired. Recording and checking that it was not used before are one statement (the
 * unique challenge), so two requests racing with one challenge cannot both pass: it returns
 * a row only for the first. Run it alone (consumeLoginChallenge) or as a CTE of a larger read.
 */
export function loginChallengeUse(challenge: string, db: DbOrTx = getDb()) {
  const expiresAt = loginChallengeExpiry(challenge);
  if (!expiresAt || now().getTime() >= expiresAt.getTime()) return null;
  return db
    .insert(webauthnChallenges)
    .values({ challenge, purpose: "authentication", userId: null, expiresAt })
    .onConflictDoNothing()
    .returning({ id: webauthnChallenges.id });
}

/** Uses up a login challenge: true only for one of ours, unexpired and not used before. */
export async function consumeLoginChallenge(
  challenge: string,
  db: DbOrTx = getDb(),
): Promise<boolean> {
  const use = loginChallengeUse(challenge, db);
  return use !== null && (await use).length === 1;
}
