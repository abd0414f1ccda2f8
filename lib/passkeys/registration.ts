import "server-only";
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { passkeys, users, type Passkey } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { primaryConfirmedEmail } from "@/lib/emails/queries";
import { t } from "@/lib/i18n";
import { recordSecurityEvent } from "@/lib/security-events/record";
import { consumeChallenge, storeChallenge } from "./challenges";
import { CEREMONY_TIMEOUT_MS, MAX_PASSKEYS_PER_USER, relyingParty } from "./config";
import { defaultPasskeyName } from "./default-name";
import { challengeOf } from "./responses";

const errors = t.passkeys.errors;

/** The WebAuthn user handle: the user's id as 16 bytes (no personal data). */
export function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(userId.replace(/-/g, ""), "hex"));
}

/**
 * Options for navigator.credentials.create(): a discoverable credential with user
 * verification, none of the user's existing passkeys again, and a stored challenge.
 */
export async function passkeyRegistrationOptions(user: {
  id: string;
  name: string | null;
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await getDb()
    .select({ credentialId: passkeys.credentialId, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, user.id));
  if (existing.length >= MAX_PASSKEYS_PER_USER) {
    throw new DomainError("passkey_limit", errors.limit(MAX_PASSKEYS_PER_USER));
  }
  const rp = relyingParty();
  const email = await primaryConfirmedEmail(user.id);
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: email ?? user.name ?? rp.name,
    userDisplayName: user.name ?? email ?? "",
    userID: userHandleOf(user.id),
    attestationType: "none",
    timeout: CEREMONY_TIMEOUT_MS,
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: {
      residentKey: "required",
      requireResidentKey: true,
      userVerification: "required",
    },
  });
  await storeChallenge({ challenge: options.challenge, purpose: "registration", userId: user.id });
  return options;
}

type AddInput = {
  /** The person's own name for it; without one it is named from its provider and device. */
  name?: string;
  response: RegistrationResponseJSON;
};

/**
 * Verifies the browser's new credential against the user's challenge and saves it.
 * The challenge is consumed before anything else; the cap of 10 holds under races
 * because the user's row is locked while counting.
 */
export async function addPasskey(actor: Actor, input: AddInput): Promise<Passkey> {
  const userId = actor.userId;
  const challenge = challengeOf(input.response.response.clientDataJSON);
  const fresh =
    challenge !== null && (await consumeChallenge({ challenge, purpose: "registration", userId }));
  if (!challenge || !fresh) throw new DomainError("challenge_invalid", errors.challenge);

  const rp = relyingParty();
  const verification = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch((error: unknown) => {
    console.warn("[passkeys] registration not verified:", (error as Error).message);
    return null;
  });
  if (!verification?.verified) throw new DomainError("verification_failed", errors.verification);
  const info = verification.registrationInfo;

  const saved = await getDb().transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
    const held = await tx
      .select({ name: passkeys.name })
      .from(passkeys)
      .where(eq(passkeys.userId, userId));
    if (held.length >= MAX_PASSKEYS_PER_USER) {
      throw new DomainError("passkey_limit", errors.limit(MAX_PASSKEYS_PER_USER));
    }
    const transports = info.credential.transports ?? input.response.response.transports ?? [];
    const name =
      input.name ??
      defaultPasskeyName(
        {
          aaguid: info.aaguid,
          attachment: input.response.authenticatorAttachment,
          transports,
          userAgent: actor.userAgent,
        },
        held.map((p) => p.name),
      );
    // The unique index decides; a conflict means someone already registered this credential.
    const [row] = await tx
      .insert(passkeys)
      .values({
        userId,
        credentialId: info.credential.id,
        publicKey: isoBase64URL.fromBuffer(info.credential.publicKey),
        counter: info.credential.counter,
        transports,
        aaguid: info.aaguid,
        deviceType: info.credentialDeviceType,
        backedUp: info.credentialBackedUp,
        name,
      })
      .onConflictDoNothing({ target: passkeys.credentialId })
      .returning();
    if (!row) throw new DomainError("passkey_duplicate", errors.duplicate);
    await recordAudit(
      {
        action: "passkey.added",
        actor,
        targetType: "passkey",
        targetId: row.id,
        details: { name: row.name, aaguid: row.aaguid, backedUp: row.backedUp },
      },
      tx,
    );
    await recordSecurityEvent(tx, {
      userId,
      kind: "passkey.added",
      actor,
      details: { name: row.name },
    });
    return row;
  });
  scheduleDelivery();
  return saved;
}
