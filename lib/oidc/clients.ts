import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { AdapterPayload } from "oidc-provider";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { addSeconds, now } from "@/lib/clock";
import { config } from "@/lib/config";
import { getDb, type DbOrTx } from "@/lib/db/client";
import { oidcClients, services, type OidcClient, type Service } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { OIDC_POLICY } from "./policy";
import { hashClientSecret } from "./subject";
import { optionalUri, uriList } from "./uris";

const m = t.oidc.admin.errors;

/** What support sets for a service under "Innlogging via portalen". */
export function clientInputSchema(production = config().appEnv === "production") {
  return z
    .object({
      enabled: z.boolean(),
      redirectUris: uriList(production).refine((l) => l.length > 0, {
        error: () => m.redirectRequired,
      }),
      postLogoutRedirectUris: uriList(production),
      backchannelLogoutUri: optionalUri(production),
      initiateLoginUri: optionalUri(production),
      authMethod: z.enum(["client_secret_basic", "private_key_jwt"]),
      jwksUri: optionalUri(production),
      scopes: z
        .array(z.enum(OIDC_POLICY.scopes))
        .refine((s) => s.includes("openid"), { error: () => m.openidRequired }),
    })
    .refine((v) => v.authMethod !== "private_key_jwt" || v.jwksUri, {
      error: () => m.jwksRequired,
      path: ["jwksUri"],
    });
}

export type ClientInput = z.output<ReturnType<typeof clientInputSchema>>;

export type ServiceClient = { service: Service; client: OidcClient | null };

function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** oidc-provider's view of a registered, enabled client; undefined for anything else. */
export async function clientMetadata(clientId: string): Promise<AdapterPayload | undefined> {
  const [row] = await getDb()
    .select({ client: oidcClients, name: services.name })
    .from(oidcClients)
    .innerJoin(services, eq(services.id, oidcClients.serviceId))
    .where(eq(oidcClients.clientId, clientId));
  if (!row || !row.client.enabled) return undefined;
  const c = row.client;
  return {
    client_id: c.clientId,
    client_name: row.name,
    application_type: "web",
    grant_types: ["authorization_code"],
    response_types: ["code"],
    redirect_uris: c.redirectUris,
    post_logout_redirect_uris: c.postLogoutRedirectUris,
    scope: c.scopes,
    subject_type: "pairwise",
    token_endpoint_auth_method: c.authMethod,
    ...(c.authMethod === "private_key_jwt"
      ? { jwks_uri: c.jwksUri! }
      : // The provider wants a secret here; the real check is verifyClientSecret (hashes only).
        { client_secret: `sha256:${c.secretHash}` }),
    ...(c.backchannelLogoutUri
      ? {
          backchannel_logout_uri: c.backchannelLogoutUri,
          backchannel_logout_session_required: true,
        }
      : {}),
  };
}

function sameHash(a: string, b: string | null): boolean {
  if (!b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The current secret, or the previous one within its grace period after a rotation. */
export async function verifyClientSecret(clientId: string, secret: string): Promise<boolean> {
  const [row] = await getDb().select().from(oidcClients).where(eq(oidcClients.clientId, clientId));
  if (!row || !secret) return false;
  const hash = hashClientSecret(secret);
  if (sameHash(hash, row.secretHash)) return true;
  const graceLeft = row.previousSecretExpiresAt && row.previousSecretExpiresAt > now();
  return Boolean(graceLeft) && sameHash(hash, row.previousSecretHash);
}

export async function listServiceClients(): Promise<ServiceClient[]> {
  const rows = await getDb()
    .select({ service: services, client: oidcClients })
    .from(services)
    .leftJoin(oidcClients, eq(oidcClients.serviceId, services.id))
    .orderBy(asc(services.sortOrder), asc(services.name));
  return rows;
}

export async function getServiceClient(serviceId: string): Promise<ServiceClient | null> {
  if (!/^[0-9a-f-]{36}$/i.test(serviceId)) return null;
  const [row] = await getDb()
    .select({ service: services, client: oidcClients })
    .from(services)
    .leftJoin(oidcClients, eq(oidcClients.serviceId, services.id))
    .where(eq(services.id, serviceId));
  return row ?? null;
}

/** Where each service's own login starts, for the dashboard's cards (enabled clients only). */
export async function serviceLoginUrls(serviceIds: string[]): Promise<Map<string, string>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ serviceId: oidcClients.serviceId, url: oidcClients.initiateLoginUri })
    .from(oidcClients)
    .where(and(inArray(oidcClients.serviceId, serviceIds), eq(oidcClients.enabled, true)));
  return new Map(rows.flatMap((r) => (r.url ? [[r.serviceId, r.url] as const] : [])));
}

/** The service behind a client id, for pages that name it. */
export async function serviceOfClient(clientId: string, db: DbOrTx = getDb()) {
  const [row] = await db
    .select({ service: services, client: oidcClients })
    .from(oidcClients)
    .innerJoin(services, eq(services.id, oidcClients.serviceId))
    .where(eq(oidcClients.clientId, clientId));
  return row ?? null;
}

/**
 * Registers or updates a service's client. A new client with a secret gets one generated;
 * the secret is returned once and only its hash is kept.
 */
export async function saveServiceClient(
  actor: Actor,
  serviceId: string,
  input: ClientInput,
  options: { clientSecret?: string } = {},
): Promise<{ clientId: string; secret: string | null }> {
  return getDb().transaction(async (tx) => {
    const [service] = await tx.select().from(services).where(eq(services.id, serviceId));
    if (!service) throw new DomainError("not_found", m.notFound);
    const [existing] = await tx
      .select()
      .from(oidcClients)
      .where(eq(oidcClients.serviceId, serviceId))
      .for("update");
    const needsSecret = input.authMethod === "client_secret_basic" && !existing?.secretHash;
    const secret = needsSecret ? (options.clientSecret ?? newSecret()) : null;
    const values = {
      enabled: input.enabled,
      redirectUris: input.redirectUris,
      postLogoutRedirectUris: input.postLogoutRedirectUris,
      backchannelLogoutUri: input.backchannelLogoutUri,
      initiateLoginUri: input.initiateLoginUri,
      authMethod: input.authMethod,
      jwksUri: input.jwksUri,
      scopes: input.scopes.join(" "),
      updatedAt: now(),
      ...(secret ? { secretHash: hashClientSecret(secret) } : {}),
    };
    const clientId = existing?.clientId ?? service.slug;
    if (existing) {
      await tx.update(oidcClients).set(values).where(eq(oidcClients.serviceId, serviceId));
    } else {
      await tx.insert(oidcClients).values({ serviceId, clientId, ...values });
    }
    await recordAudit(
      {
        action: "oidc.client_saved",
        actor,
        targetType: "service",
        targetId: serviceId,
        details: { clientId, enabled: input.enabled, created: !existing },
      },
      tx,
    );
    return { clientId, secret };
  });
}

/** A new secret; the old one keeps working for the grace period. Returned once. */
export async function rotateClientSecret(
  actor: Actor,
  serviceId: string,
): Promise<{ secret: string; previousValidUntil: Date }> {
  return getDb().transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(oidcClients)
      .where(eq(oidcClients.serviceId, serviceId))
      .for("update");
    if (!existing || existing.authMethod !== "client_secret_basic") {
      throw new DomainError("not_found", m.notFound);
    }
    const secret = newSecret();
    const previousValidUntil = addSeconds(now(), OIDC_POLICY.secretGraceSeconds);
    await tx
      .update(oidcClients)
      .set({
        secretHash: hashClientSecret(secret),
        previousSecretHash: existing.secretHash,
        previousSecretExpiresAt: previousValidUntil,
        updatedAt: now(),
      })
      .where(eq(oidcClients.serviceId, serviceId));
    await recordAudit(
      {
        action: "oidc.secret_rotated",
        actor,
        targetType: "service",
        targetId: serviceId,
        details: { clientId: existing.clientId },
      },
      tx,
    );
    return { secret, previousValidUntil };
  });
}

/** Development and tests: a client with a known secret, kept up to date at every start. */
export async function seedClient(
  db: DbOrTx,
  serviceId: string,
  values: Omit<typeof oidcClients.$inferInsert, "serviceId" | "secretHash">,
  secret: string,
): Promise<void> {
  const row = { ...values, secretHash: hashClientSecret(secret), updatedAt: now() };
  await db
    .insert(oidcClients)
    .values({ serviceId, ...row })
    .onConflictDoUpdate({ target: oidcClients.serviceId, set: row });
}
