import "server-only";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Adapter, AdapterPayload } from "oidc-provider";
import { addSeconds, now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { oidcModels } from "@/lib/db/schema";
import { clientMetadata } from "./clients";

function live(kind: string) {
  return and(
    eq(oidcModels.kind, kind),
    or(isNull(oidcModels.expiresAt), gt(oidcModels.expiresAt, now())),
  );
}

function toPayload(row: { payload: Record<string, unknown>; consumedAt: Date | null }) {
  const payload = row.payload as AdapterPayload;
  return row.consumedAt
    ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) }
    : payload;
}

/**
 * oidc-provider's storage in PostgreSQL: every grant, code, token, session, interaction and
 * replay guard is a row, so any instance can continue what another began. Clients come from
 * the registry (lib/oidc/clients.ts), never from here.
 */
export class PostgresAdapter implements Adapter {
  constructor(private readonly kind: string) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    if (this.kind === "Client") throw new Error("clients are registered in /admin, not here");
    const values = {
      payload: payload as Record<string, unknown>,
      grantId: payload.grantId ?? null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt: expiresIn ? addSeconds(now(), expiresIn) : null,
    };
    await getDb()
      .insert(oidcModels)
      .values({ kind: this.kind, id, ...values })
      .onConflictDoUpdate({ target: [oidcModels.kind, oidcModels.id], set: values });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    if (this.kind === "Client") return clientMetadata(id);
    const [row] = await getDb()
      .select({ payload: oidcModels.payload, consumedAt: oidcModels.consumedAt })
      .from(oidcModels)
      .where(and(live(this.kind), eq(oidcModels.id, id)));
    return row ? toPayload(row) : undefined;
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const [row] = await getDb()
      .select({ payload: oidcModels.payload, consumedAt: oidcModels.consumedAt })
      .from(oidcModels)
      .where(and(live(this.kind), eq(oidcModels.uid, uid)));
    return row ? toPayload(row) : undefined;
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const [row] = await getDb()
      .select({ payload: oidcModels.payload, consumedAt: oidcModels.consumedAt })
      .from(oidcModels)
      .where(and(live(this.kind), eq(oidcModels.userCode, userCode)));
    return row ? toPayload(row) : undefined;
  }

  async consume(id: string): Promise<void> {
    await getDb()
      .update(oidcModels)
      .set({ consumedAt: now() })
      .where(and(eq(oidcModels.kind, this.kind), eq(oidcModels.id, id)));
  }

  async destroy(id: string): Promise<void> {
    await getDb()
      .delete(oidcModels)
      .where(and(eq(oidcModels.kind, this.kind), eq(oidcModels.id, id)));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    // Everything issued under the grant goes, whatever its kind (tokens, codes, the grant).
    await getDb().delete(oidcModels).where(eq(oidcModels.grantId, grantId));
  }
}

/** Housekeeping: rows past their expiry are of no use to anyone. */
export async function deleteExpiredOidcModels(): Promise<number> {
  const rows = await getDb()
    .delete(oidcModels)
    .where(lt(oidcModels.expiresAt, now()))
    .returning({ id: oidcModels.id });
  return rows.length;
}
