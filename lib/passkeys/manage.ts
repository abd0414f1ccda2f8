import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/actions/errors";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { passkeys, type Passkey } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
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

type Change = { userId: string; passkeyId: string; ip: string | null };

/** Renames one of the user's own passkeys. */
export async function renamePasskey(input: Change & { name: string }): Promise<PasskeyView> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(passkeys)
      .set({ name: input.name })
      .where(and(eq(passkeys.id, input.passkeyId), eq(passkeys.userId, input.userId)))
      .returning();
    if (!row) throw new DomainError("passkey_not_found", t.passkeys.errors.notFound);
    await recordAudit(
      {
        action: "passkey.renamed",
        actorUserId: input.userId,
        targetType: "passkey",
        targetId: row.id,
        ip: input.ip,
        details: { name: row.name },
      },
      tx,
    );
    return toView(row);
  });
}

/** Removes one of the user's own passkeys; it can no longer log in. */
export async function removePasskey(input: Change): Promise<PasskeyView> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, input.passkeyId), eq(passkeys.userId, input.userId)))
      .returning();
    if (!row) throw new DomainError("passkey_not_found", t.passkeys.errors.notFound);
    await recordAudit(
      {
        action: "passkey.removed",
        actorUserId: input.userId,
        targetType: "passkey",
        targetId: row.id,
        ip: input.ip,
        details: { name: row.name },
      },
      tx,
    );
    return toView(row);
  });
}
