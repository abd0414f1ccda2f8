import "server-only";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import { config } from "@/lib/config";

import { ACR_HIGH, ACR_SUBSTANTIAL } from "./acr";

export { ACR_HIGH, ACR_SUBSTANTIAL };
const ACCEPTED_ACR = new Set([ACR_SUBSTANTIAL, ACR_HIGH]);

/** ID-porten levels we accept: substantial and high. Anything else is below our bar. */
export function isAcceptedAcr(acr: unknown): acr is string {
  return typeof acr === "string" && ACCEPTED_ACR.has(acr);
}

type Discovery = { issuer: string; end_session_endpoint?: string; jwks_uri: string };

let discovery: Promise<Discovery> | undefined;

/** The provider's discovery document, fetched once per process. */
export function idportenDiscovery(): Promise<Discovery> {
  discovery ??= fetch(`${config().idporten.issuer}/.well-known/openid-configuration`)
    .then((res) => {
      if (!res.ok) throw new Error(`ID-porten discovery failed: ${res.status}`);
      return res.json() as Promise<Discovery>;
    })
    .catch((error) => {
      discovery = undefined;
      throw error;
    });
  return discovery;
}

let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

/**
 * Verifies the ID token's signature against the provider's keys, with issuer and
 * audience; oauth4webapi already checked iss, aud, exp and nonce over TLS.
 */
export async function verifyIdToken(idToken: string): Promise<JWTPayload> {
  const { issuer, clientId } = config().idporten;
  if (!jwks) jwks = createRemoteJWKSet(new URL((await idportenDiscovery()).jwks_uri));
  const { payload } = await jwtVerify(idToken, jwks, { issuer, audience: clientId });
  return payload;
}

/** Where to send the browser to end the ID-porten session too. */
export async function endSessionUrl(idToken: string | null): Promise<string | null> {
  if (!idToken) return null;
  const { end_session_endpoint } = await idportenDiscovery();
  if (!end_session_endpoint) return null;
  const url = new URL(end_session_endpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("post_logout_redirect_uri", `${config().appUrl}/`);
  return url.toString();
}
