import "server-only";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { and, eq, lt, or, sql, type SQL } from "drizzle-orm";
import type { RequestOrigin } from "@/lib/audit/actor";
import { auditIfAny, recordAudit } from "@/lib/audit/record";
import { executeRows } from "@/lib/db/execute";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { passkeys, users } from "@/lib/db/schema";
import { issueLoginChallenge, loginChallengeUse } from "./challenges";
import { CEREMONY_TIMEOUT_MS, relyingParty } from "./config";
import { userHandleOf } from "./registration";
import { challengeOf } from "./responses";

export type PasskeyRefusal =
  | "challenge_invalid"
  | "unknown_credential"
  | "user_disabled"
  | "counter_regressed"
  | "user_handle_missing"
  | "user_handle_mismatch"
  | "verification_failed";

export type PasskeyLoginResult =
  { ok: true; userId: string; passkeyId: string } | { ok: false; reason: PasskeyRefusal };

/** Options for a login (modal or autofill): any discoverable credential, user verification on. */
export async function passkeyAuthenticationOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  // Stateless until used (lib/passkeys/challenges.ts): a page view writes nothing.
  return generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: "required",
    timeout: CEREMONY_TIMEOUT_MS,
    challenge: issueLoginChallenge(),
  });
}

/**
 * WebAuthn §6.1.1: a counter that does not grow is a sign of a cloned authenticator, unless
 * both are zero (authenticators without a counter, such as most synced passkeys).
 */
export function counterRegressed(stored: number, received: number): boolean {
  return (stored > 0 || received > 0) && received <= stored;
}

type Refusal = { reason: PasskeyRefusal; userId?: string; passkeyId?: string };

async function refuse(refusal: Refusal, origin: RequestOrigin) {
  await recordAudit({
    action: "passkey.refused",
    actor: refusal.userId ? { ...origin, userId: refusal.userId } : origin,
    targetType: refusal.passkeyId ? "passkey" : undefined,
    targetId: refusal.passkeyId,
    details: { reason: refusal.reason },
  });
  return { ok: false as const, reason: refusal.reason };
}

/**
 * The last step of a passkey login, not yet run: the counter check with its `passkey.used`
 * audit event, as the CTEs `used` (a row when the counter moved forward) and `used_audited`.
 * Run alone (verifyPasskeyLogin) or in the statement that starts the session
 * (lib/auth/passkey-login.ts); when `used` had no row, refusePasskeyUse tells why.
 */
export type PasskeyUse = { userId: string; passkeyId: string; ctes: SQL };

/**
 * Verifies a login assertion: consumes the challenge first, then checks the credential,
 * the user, origin, RP ID, user verification, signature and counter. Every refusal is audited.
 */
export async function verifyPasskeyLogin(
  response: AuthenticationResponseJSON,
  origin: RequestOrigin,
): Promise<PasskeyLoginResult> {
  const checked = await checkPasskeyAssertion(response, origin);
  if (!checked.ok) return checked;
  const used = await executeRows(getDb(), sql`with ${checked.use.ctes} select 1 from used`);
  if (used.length === 0) return refusePasskeyUse(checked.use, origin);
  return { ok: true, userId: checked.use.userId, passkeyId: checked.use.passkeyId };
}

/**
 * verifyPasskeyLogin up to the counter: the challenge used up, the credential, user, origin, RP
 * ID, user verification and signature checked (refusals audited), and the counter step to run.
 */
export async function checkPasskeyAssertion(
  response: AuthenticationResponseJSON,
  origin: RequestOrigin,
): Promise<{ ok: true; use: PasskeyUse } | { ok: false; reason: PasskeyRefusal }> {
  const challenge = challengeOf(response.response.clientDataJSON);
  const use = challenge === null ? null : loginChallengeUse(challenge);
  if (!challenge || !use) return refuse({ reason: "challenge_invalid" }, origin);

  // Uses up the challenge and reads the credential with its user: one round trip. The
  // challenge is used up whatever the credential turns out to be.
  const db = getDb();
  const used = db.$with("used").as(use);
  const [read] = await db
    .with(used)
    .select({
      fresh: sql<boolean>`exists (select 1 from ${used})`,
      passkey: passkeys,
      disabledAt: users.disabledAt,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(passkeys, eq(passkeys.credentialId, response.id))
    .leftJoin(users, eq(users.id, passkeys.userId));
  if (!read?.fresh) return refuse({ reason: "challenge_invalid" }, origin);
  const { passkey } = read;
  if (!passkey) return refuse({ reason: "unknown_credential" }, origin);
  const who = { userId: passkey.userId, passkeyId: passkey.id };
  if (read.disabledAt) return refuse({ reason: "user_disabled", ...who }, origin);

  // WebAuthn §7.2 steps 6–7: a discoverable login names its user, and it must be the owner.
  const handle = response.response.userHandle;
  if (!handle) return refuse({ reason: "user_handle_missing", ...who }, origin);
  if (handle !== isoBase64URL.fromBuffer(userHandleOf(passkey.userId))) {
    return refuse({ reason: "user_handle_mismatch", ...who }, origin);
  }

  const rp = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
    credential: {
      id: passkey.credentialId,
      publicKey: isoBase64URL.toBuffer(passkey.publicKey),
      // Compared below instead, so that a regression is told apart and audited as such.
      counter: 0,
      transports: passkey.transports,
    },
  }).catch((error: unknown) => {
    console.warn("[passkeys] assertion not verified:", (error as Error).message);
    return null;
  });
  if (!verification?.verified) return refuse({ reason: "verification_failed", ...who }, origin);
  const info = verification.authenticationInfo;

  // The counter check is part of the update: PostgreSQL re-checks it on the locked row, so
  // two assertions from one authenticator cannot both pass it (the negation of counterRegressed).
  // The update and its audit event are one statement: both happen, or neither.
  const received = info.newCounter;
  const update = db
    .update(passkeys)
    .set({
      counter: received,
      lastUsedAt: now(),
      backedUp: info.credentialBackedUp,
      deviceType: info.credentialDeviceType,
    })
    .where(
      and(
        eq(passkeys.id, passkey.id),
        or(and(eq(passkeys.counter, 0), sql`${received} = 0`), lt(passkeys.counter, received)),
      ),
    )
    .returning({ id: passkeys.id });
  const audit = auditIfAny("used", {
    action: "passkey.used",
    actor: { ...origin, userId: passkey.userId },
    targetType: "passkey",
    targetId: passkey.id,
    details: { name: passkey.name },
  });
  return { ok: true, use: { ...who, ctes: sql`used as ${update}, used_audited as (${audit})` } };
}

/** A PasskeyUse whose counter did not move forward (or whose passkey went meanwhile): audited. */
export async function refusePasskeyUse(use: PasskeyUse, origin: RequestOrigin) {
  const [current] = await getDb()
    .select({ counter: passkeys.counter })
    .from(passkeys)
    .where(eq(passkeys.id, use.passkeyId));
  const reason = current ? "counter_regressed" : "unknown_credential";
  return refuse({ reason, userId: use.userId, passkeyId: use.passkeyId }, origin);
}
