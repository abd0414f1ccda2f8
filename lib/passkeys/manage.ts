import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { AccessRefusedError, DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { passkeys, type Passkey } from "@/lib/db/schema";
import { scheduleDelivery } from "@/lib/email/deliver";
import { t } from "@/lib/i18n";
import { recordSecurityEvent } from "@/lib/security-events/record";
import { providerName } from "./aaguid";

/** What the profile shows about a passkey; never the key material. */
export type PasskeyView = {
  id: string;
  name: string;
  providerName: string | null;
  synced: boolean;
  createdAt: Date;
  lastUsedAt: Date | null;
};

function toView(row: Passkey): PasskeyView {
  return {
    id: row.id,
    name: row.name,
    providerName: providerName(row.aaguid),
    synced: row.backedUp,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
  };
}

/**
 * A member's own passkey was not found: another person's id is a forged id (audited as a
 * refusal); an unknown one is simply gone (removed in another tab).
 */
async function notFoundOrRefused(tx: DbOrTx, passkeyId: string, message: string): Promise<never> {
  const [other] = await tx
    .select({ id: passkeys.id })
    .from(passkeys)
    .where(eq(passkeys.id, passkeyId));
  if (other) throw new AccessRefusedError("not-owner", { type: "passkey", id: passkeyId });
  throw new DomainError("passkey_not_found", message);
}

export async function listPasskeys(userId: string): Promise<PasskeyView[]> {
  const rows = await getDb()
    .select()
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
  return rows.map(toView);
}

export async function countPasskeys(userId: string): Promise<number> {
  const [row] = await getDb()
    .select({ count: sql<number>`count(*)::int` })
    .from(passkeys)
    .where(eq(passkeys.userId, userId));
  return row?.count ?? 0;
}

/** One of the user's own passkeys, or null (also when it belongs to someone else). */
export async function findOwnPasskey(
  userId: string,
  passkeyId: string,
): Promise<PasskeyView | null> {
  const [row] = await getDb()
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, userId)));
  return row ? toView(row) : null;
}

/** Renames one of the user's own passkeys. */
export async function renamePasskey(
  actor: Actor,
  input: { passkeyId: string; name: string },
): Promise<PasskeyView> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(passkeys)
      .set({ name: input.name })
      .where(and(eq(passkeys.id, input.passkeyId), eq(passkeys.userId, actor.userId)))
      .returning();
    if (!row) return notFoundOrRefused(tx, input.passkeyId, t.passkeys.errors.notFound);
    await recordAudit(
      {
        action: "passkey.renamed",
        actor,
        targetType: "passkey",
        targetId: row.id,
        details: { name: row.name },
      },
      tx,
    );
    return toView(row);
  });
}

/**
 * Removes a passkey of `ownerId`; it can no longer log in. The owner removes their own;
 * support removes a lost one (the caller has checked the support role).
 */
export async function removePasskey(
  actor: Actor,
  input: { ownerId: string; passkeyId: string },
): Promise<PasskeyView> {
  const bySupport = actor.userId !== input.ownerId;
  const removed = await getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, input.passkeyId), eq(passkeys.userId, input.ownerId)))
      .returning();
    if (!row && bySupport) {
      throw new DomainError("passkey_not_found", t.admin.errors.passkeyNotFound);
    }
    if (!row) return notFoundOrRefused(tx, input.passkeyId, t.passkeys.errors.notFound);
    await recordAudit(
      {
        action: bySupport ? "admin.passkey_removed" : "passkey.removed",
        actor,
        targetType: "passkey",
        targetId: row.id,
        details: bySupport ? { userId: input.ownerId, name: row.name } : { name: row.name },
      },
      tx,
    );
    await recordSecurityEvent(tx, {
      userId: input.ownerId,
      kind: "passkey.removed",
      actor,
      details: { name: row.name },
    });
    return toView(row);
  });
  scheduleDelivery();
  return removed;
}
