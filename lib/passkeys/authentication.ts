import "server-only";
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { passkeys, users } from "@/lib/db/schema";
import { consumeChallenge, storeChallenge } from "./challenges";
import { CEREMONY_TIMEOUT_MS, relyingParty } from "./config";
import { userHandleOf } from "./registration";
import { challengeOf } from "./responses";

export type PasskeyRefusal =
  | "challenge_invalid"
  | "unknown_credential"
  | "user_disabled"
  | "counter_regressed"
  | "verification_failed";

export type PasskeyLoginResult =
  { ok: true; userId: string; passkeyId: string } | { ok: false; reason: PasskeyRefusal };

/** Options for a login (modal or autofill): any discoverable credential, user verification on. */
export async function passkeyAuthenticationOptions(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: "required",
    timeout: CEREMONY_TIMEOUT_MS,
  });
  await storeChallenge({ challenge: options.challenge, purpose: "authentication", userId: null });
  return options;
}

/**
 * WebAuthn §6.1.1: a counter that does not grow is a sign of a cloned authenticator, unless
 * both are zero (authenticators without a counter, such as most synced passkeys).
 */
export function counterRegressed(stored: number, received: number): boolean {
  return (stored > 0 || received > 0) && received <= stored;
}

type Refusal = { reason: PasskeyRefusal; userId?: string; passkeyId?: string };

async function refuse(refusal: Refusal, ip: string | null, db?: DbOrTx) {
  await recordAudit(
    {
      action: "passkey.refused",
      actorUserId: refusal.userId ?? null,
      targetType: refusal.passkeyId ? "passkey" : undefined,
      targetId: refusal.passkeyId,
      ip,
      details: { reason: refusal.reason },
    },
    db,
  );
  return { ok: false as const, reason: refusal.reason };
}

/**
 * Verifies a login assertion: consumes the challenge first, then checks the credential,
 * the user, origin, RP ID, user verification, signature and counter. Every refusal is audited.
 */
export async function verifyPasskeyLogin(
  response: AuthenticationResponseJSON,
  ip: string | null,
): Promise<PasskeyLoginResult> {
  const challenge = challengeOf(response.response.clientDataJSON);
  const fresh =
    challenge !== null &&
    (await consumeChallenge({ challenge, purpose: "authentication", userId: null }));
  if (!challenge || !fresh) return refuse({ reason: "challenge_invalid" }, ip);

  const [found] = await getDb()
    .select({ passkey: passkeys, disabledAt: users.disabledAt })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(eq(passkeys.credentialId, response.id));
  if (!found) return refuse({ reason: "unknown_credential" }, ip);
  const { passkey } = found;
  const who = { userId: passkey.userId, passkeyId: passkey.id };
  if (found.disabledAt) return refuse({ reason: "user_disabled", ...who }, ip);

  const handle = response.response.userHandle;
  if (handle && handle !== isoBase64URL.fromBuffer(userHandleOf(passkey.userId))) {
    return refuse({ reason: "verification_failed", ...who }, ip);
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
  if (!verification?.verified) return refuse({ reason: "verification_failed", ...who }, ip);
  const info = verification.authenticationInfo;

  return getDb().transaction(async (tx) => {
    // Locked, so two assertions from one authenticator cannot both pass the counter check.
    const [current] = await tx
      .select({ counter: passkeys.counter })
      .from(passkeys)
      .where(eq(passkeys.id, passkey.id))
      .for("update");
    if (!current) return refuse({ reason: "unknown_credential", ...who }, ip, tx);
    if (counterRegressed(current.counter, info.newCounter)) {
      return refuse({ reason: "counter_regressed", ...who }, ip, tx);
    }
    await tx
      .update(passkeys)
      .set({
        counter: info.newCounter,
        lastUsedAt: now(),
        backedUp: info.credentialBackedUp,
        deviceType: info.credentialDeviceType,
      })
      .where(eq(passkeys.id, passkey.id));
    await recordAudit(
      {
        action: "passkey.used",
        actorUserId: passkey.userId,
        targetType: "passkey",
        targetId: passkey.id,
        ip,
        details: { name: passkey.name },
      },
      tx,
    );
    return { ok: true as const, ...who };
  });
}
