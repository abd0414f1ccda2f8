import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { importJWK, SignJWT } from "jose";
import { recordAudit } from "@/lib/audit/record";
import { addSeconds, now } from "@/lib/clock";
import { config } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { oidcClients, oidcLogoutOutbox, type OidcLogout } from "@/lib/db/schema";
import { backoffSeconds } from "@/lib/email/deliver";
import { OIDC_POLICY } from "./policy";
import { issuer, signingAlg } from "./issuer";

const BATCH = 20;
const LEASE_SECONDS = 60;
const EVENT = "http://schemas.openid.net/event/backchannel-logout";

export type LogoutTransport = (uri: string, logoutToken: string) => Promise<void>;

/** POSTs the token as the OpenID Connect Back-Channel Logout spec says; 200 or 204 is success. */
export const httpLogoutTransport: LogoutTransport = async (uri, logoutToken) => {
  const res = await fetch(uri, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ logout_token: logoutToken }),
    redirect: "manual",
    signal: AbortSignal.timeout(OIDC_POLICY.logoutTimeoutMs),
  });
  if (res.status !== 200 && res.status !== 204) throw new Error(`HTTP ${res.status}`);
};

/** A logout token for one sign-in, signed with the provider's current key. */
export async function signLogoutToken(clientId: string, subject: string, sid: string) {
  const [jwk] = config().oidcJwks();
  const alg = signingAlg(jwk!);
  const key = await importJWK(jwk!, alg);
  return new SignJWT({ sid, events: { [EVENT]: {} } })
    .setProtectedHeader({ alg, kid: jwk!.kid, typ: "logout+jwt" })
    .setIssuer(issuer())
    .setAudience(clientId)
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime("2m")
    .setJti(randomUUID())
    .sign(key);
}

async function claimBatch(): Promise<OidcLogout[]> {
  return getDb().transaction(async (tx) => {
    const at = now();
    const due = await tx
      .select({ id: oidcLogoutOutbox.id })
      .from(oidcLogoutOutbox)
      .where(
        and(
          inArray(oidcLogoutOutbox.status, ["pending", "sending"]),
          lte(oidcLogoutOutbox.nextAttemptAt, at),
        ),
      )
      .orderBy(asc(oidcLogoutOutbox.nextAttemptAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(oidcLogoutOutbox)
      .set({ status: "sending", nextAttemptAt: addSeconds(at, LEASE_SECONDS) })
      .where(
        inArray(
          oidcLogoutOutbox.id,
          due.map((r) => r.id),
        ),
      )
      .returning();
  });
}

async function deliverOne(row: OidcLogout, transport: LogoutTransport): Promise<boolean> {
  const attempts = row.attempts + 1;
  try {
    const [client] = await getDb()
      .select({ uri: oidcClients.backchannelLogoutUri })
      .from(oidcClients)
      .where(eq(oidcClients.clientId, row.clientId));
    if (!client?.uri) throw new Error("the service has no back-channel logout URI any more");
    await transport(client.uri, await signLogoutToken(row.clientId, row.subject, row.sid));
    await getDb()
      .update(oidcLogoutOutbox)
      .set({ status: "sent", attempts, sentAt: now(), lastError: null })
      .where(eq(oidcLogoutOutbox.id, row.id));
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
    const failed = attempts >= OIDC_POLICY.logoutMaxAttempts;
    await getDb()
      .update(oidcLogoutOutbox)
      .set({
        status: failed ? "failed" : "pending",
        attempts,
        lastError: message,
        nextAttemptAt: addSeconds(now(), backoffSeconds(attempts)),
      })
      .where(eq(oidcLogoutOutbox.id, row.id));
    if (failed) {
      await recordAudit({
        action: "oidc.logout_failed",
        actor: { ip: null, userAgent: null },
        targetType: "service",
        targetId: row.clientId,
        details: { clientId: row.clientId, attempts, error: message },
      });
    }
    console.error(`[oidc] logout to ${row.clientId}, attempt ${attempts}: ${message}`);
    return false;
  }
}

/** Delivers every logout that is due; returns how many the services accepted. */
export async function deliverDueLogouts(
  transport: LogoutTransport = httpLogoutTransport,
): Promise<number> {
  let sent = 0;
  for (let batch = await claimBatch(); batch.length > 0; batch = await claimBatch()) {
    for (const row of batch) if (await deliverOne(row, transport)) sent++;
  }
  return sent;
}
