import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { serviceGroups, services } from "@/lib/db/schema";
import { seedClient } from "@/lib/oidc/clients";
import { handleOidcRequest } from "@/lib/oidc/handler";
import { continueInteraction } from "@/lib/oidc/interaction";
import type { PortalLogin } from "@/lib/oidc/sign-in";
import { sessionIdOf } from "@/lib/sessions/sessions";
import type { WeeklyHours } from "@/lib/services/opening-hours";

export const APP = "http://localhost:3000";
export const CLIENT_SECRET = "test-client-secret-that-is-long-enough-1234";

/** Keeps cookies between requests, ignoring paths: enough for one provider in a test. */
export class CookieJar {
  private cookies = new Map<string, string>();

  store(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value && !/expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** One request to the provider as the route handler would pass it on. */
export async function oidcFetch(jar: CookieJar, url: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("cookie", jar.header());
  const res = await handleOidcRequest(new Request(new URL(url, APP), { ...init, headers }));
  jar.store(res);
  return res;
}

/** A service offered to `groupIds` (or to all), registered as a client with a known secret. */
export async function makeClientService(
  opts: {
    groupIds?: string[];
    offeredToAll?: boolean;
    requiresPhishingResistant?: boolean;
    openingHours?: WeeklyHours | null;
    scopes?: string;
    backchannel?: boolean;
  } = {},
) {
  const slug = `tjeneste-${randomBytes(4).toString("hex")}`;
  const [service] = await getDb()
    .insert(services)
    .values({
      slug,
      name: `Tjeneste ${slug}`,
      offeredToAll: opts.offeredToAll ?? false,
      requiresPhishingResistant: opts.requiresPhishingResistant ?? false,
      openingHours: opts.openingHours ?? null,
    })
    .returning();
  for (const groupId of opts.groupIds ?? []) {
    await getDb().insert(serviceGroups).values({ serviceId: service!.id, groupId });
  }
  const redirectUri = `https://${slug}.example.no/callback`;
  await seedClient(
    getDb(),
    service!.id,
    {
      clientId: slug,
      redirectUris: [redirectUri],
      postLogoutRedirectUris: [`https://${slug}.example.no/`],
      backchannelLogoutUri:
        opts.backchannel === false ? null : `https://${slug}.example.no/backchannel-logout`,
      // The dashboard's link; plain http to localhost as in development.
      initiateLoginUri: "http://localhost:3001/login",
      authMethod: "client_secret_basic",
      scopes: opts.scopes ?? "openid profile email groups",
    },
    CLIENT_SECRET,
  );
  return { service: service!, serviceId: service!.id, clientId: slug, redirectUri };
}

export function pkcePair() {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  return { verifier, challenge };
}

export function authorizeUrl(clientId: string, redirectUri: string, extra: Record<string, string>) {
  return `/oidc/auth?${new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid profile email groups",
    state: randomBytes(8).toString("hex"),
    nonce: randomBytes(8).toString("hex"),
    ...extra,
  })}`;
}

export function loginFor(
  userId: string,
  token: string,
  facts: { method?: "idporten" | "passkey"; acr?: string | null } = {},
): PortalLogin {
  return {
    userId,
    sessionId: sessionIdOf(token),
    method: facts.method ?? "passkey",
    acr: facts.acr ?? null,
    authenticatedAt: new Date(),
  };
}

/** Authorization request → the portal's interaction → the code at the service's redirect URI. */
export async function authorize(
  jar: CookieJar,
  url: string,
  login: PortalLogin | null,
): Promise<{ interaction: Awaited<ReturnType<typeof continueInteraction>>; location?: URL }> {
  const start = await oidcFetch(jar, url);
  const to = start.headers.get("location");
  if (start.status !== 303 || !to)
    throw new Error(`authorize: ${start.status} ${await start.text()}`);
  const uid = new URL(to, APP).pathname.split("/").pop()!;
  const headers = new Headers({ cookie: jar.header() });
  const interaction = await continueInteraction(
    uid,
    { headers, origin: { ip: null, userAgent: null } },
    login,
  );
  if (interaction.kind !== "redirect") return { interaction };
  const resumed = await oidcFetch(jar, interaction.to);
  const location = resumed.headers.get("location");
  return { interaction, location: location ? new URL(location) : undefined };
}

export function basicAuth(clientId: string, secret = CLIENT_SECRET): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString("base64")}`;
}

export async function exchangeCode(
  clientId: string,
  redirectUri: string,
  code: string,
  verifier: string,
  secret = CLIENT_SECRET,
) {
  return handleOidcRequest(
    new Request(`${APP}/oidc/token`, {
      method: "POST",
      headers: {
        authorization: basicAuth(clientId, secret),
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }),
    }),
  );
}

export function decodeJwt(jwt: string): Record<string, unknown> {
  const [, payload = ""] = jwt.split(".");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}

export async function serviceId(slug: string): Promise<string> {
  const [row] = await getDb()
    .select({ id: services.id })
    .from(services)
    .where(eq(services.slug, slug));
  return row!.id;
}
