import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor, RequestOrigin } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb, type DbOrTx } from "@/lib/db/client";
import {
  oidcClients,
  oidcLogoutOutbox,
  oidcSignIns,
  services,
  type OidcSignIn,
} from "@/lib/db/schema";
import { scheduleLogoutDelivery } from "./delivery-schedule";
import { revokeOidcState } from "./state";
import { pairwiseSubject } from "./subject";

export type NewSignIn = {
  sessionId: string;
  userId: string;
  clientId: string;
  sid: string;
  grantId: string | null;
  opSessionUid: string | null;
};

/** A service this portal session signed in to; upserted at every sign-in. */
export async function recordSignIn(db: DbOrTx, input: NewSignIn, origin: RequestOrigin) {
  await db
    .insert(oidcSignIns)
    .values(input)
    .onConflictDoUpdate({
      target: [oidcSignIns.sessionId, oidcSignIns.clientId],
      set: { sid: input.sid, grantId: input.grantId, opSessionUid: input.opSessionUid },
    });
  await recordAudit(
    {
      action: "oidc.signed_in",
      actor: { ...origin, userId: input.userId },
      targetType: "service",
      targetId: input.clientId,
      details: { clientId: input.clientId },
    },
    db,
  );
}

/**
 * Logs the person out of every service these sign-ins reached: a back-channel logout for each
 * service that asked for one (delivered by the outbox), and the end of what the provider issued.
 */
async function endSignIns(db: DbOrTx, ended: OidcSignIn[], origin: RequestOrigin): Promise<void> {
  if (ended.length === 0) return;
  const clientIds = [...new Set(ended.map((s) => s.clientId))];
  const withLogoutUri = await db
    .select({ clientId: oidcClients.clientId, uri: oidcClients.backchannelLogoutUri })
    .from(oidcClients)
    .where(inArray(oidcClients.clientId, clientIds));
  const notifies = new Set(withLogoutUri.filter((c) => c.uri).map((c) => c.clientId));
  const queued = ended.filter((s) => notifies.has(s.clientId));
  if (queued.length > 0) {
    await db.insert(oidcLogoutOutbox).values(
      queued.map((s) => ({
        clientId: s.clientId,
        subject: pairwiseSubject(s.userId, s.clientId),
        sid: s.sid,
      })),
    );
  }
  await revokeOidcState(db, {
    grantIds: ended.flatMap((s) => (s.grantId ? [s.grantId] : [])),
    sessionUids: ended.flatMap((s) => (s.opSessionUid ? [s.opSessionUid] : [])),
  });
  for (const s of ended) {
    await recordAudit(
      {
        action: "oidc.logout",
        actor: { ...origin, userId: s.userId },
        targetType: "service",
        targetId: s.clientId,
        details: { clientId: s.clientId, backchannel: notifies.has(s.clientId) },
      },
      db,
    );
  }
  if (queued.length > 0) scheduleLogoutDelivery();
}

/**
 * Portal sessions ended (logout, idle timeout, "Logg ut overalt", disabled by support …):
 * every service they signed in to is logged out too. Call in the transaction that ends them.
 */
export async function notifyServicesOfLogout(
  db: DbOrTx,
  sessionIds: string[],
  origin: RequestOrigin = { ip: null, userAgent: null },
): Promise<void> {
  if (sessionIds.length === 0) return;
  const ended = await db
    .delete(oidcSignIns)
    .where(inArray(oidcSignIns.sessionId, sessionIds))
    .returning();
  await endSignIns(db, ended, origin);
}

/**
 * A new login in the same browser replaced the session: the same person keeps their service
 * sign-ins on the new session; anyone else's are logged out.
 */
export async function handOverSignIns(
  db: DbOrTx,
  { from, to, userId }: { from: string; to: string; userId: string },
  origin: RequestOrigin,
): Promise<void> {
  await db
    .update(oidcSignIns)
    .set({ sessionId: to })
    .where(and(eq(oidcSignIns.sessionId, from), eq(oidcSignIns.userId, userId)));
  await notifyServicesOfLogout(db, [from], origin);
}

export type SignedInService = {
  clientId: string;
  serviceName: string;
  scopes: string[];
  since: Date;
};

/** "Tilganger": the services the person is signed in to through a live portal session. */
export async function listSignedInServices(userId: string): Promise<SignedInService[]> {
  const rows = await getDb()
    .select({
      clientId: oidcSignIns.clientId,
      serviceName: services.name,
      scopes: oidcClients.scopes,
      signedInAt: oidcSignIns.signedInAt,
    })
    .from(oidcSignIns)
    .innerJoin(oidcClients, eq(oidcClients.clientId, oidcSignIns.clientId))
    .innerJoin(services, eq(services.id, oidcClients.serviceId))
    .where(eq(oidcSignIns.userId, userId))
    .orderBy(asc(services.name), asc(oidcSignIns.signedInAt));
  const byClient = new Map<string, SignedInService>();
  for (const r of rows) {
    if (byClient.has(r.clientId)) continue;
    byClient.set(r.clientId, {
      clientId: r.clientId,
      serviceName: r.serviceName,
      scopes: r.scopes.split(" "),
      since: r.signedInAt,
    });
  }
  return [...byClient.values()];
}

/** The person ends one service's access from "Tilganger": logged out of it everywhere. */
export async function endServiceAccess(actor: Actor, clientId: string): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const ended = await tx
      .delete(oidcSignIns)
      .where(and(eq(oidcSignIns.userId, actor.userId), eq(oidcSignIns.clientId, clientId)))
      .returning();
    if (ended.length === 0) return false;
    await endSignIns(tx, ended, actor);
    await recordAudit(
      {
        action: "oidc.access_ended",
        actor,
        targetType: "service",
        targetId: clientId,
        details: { clientId, signIns: ended.length },
      },
      tx,
    );
    return true;
  });
}
