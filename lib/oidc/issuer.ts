import "server-only";
import { config } from "@/lib/config";
import type { PrivateJwk } from "./keys";

/** The provider's issuer: the portal's own origin under /oidc. */
export const OIDC_MOUNT = "/oidc";

export function issuer(): string {
  return `${config().appUrl}${OIDC_MOUNT}`;
}

/** The JWS algorithm of a key: its own `alg`, or the usual one for its type. */
export function signingAlg(jwk: PrivateJwk): string {
  if (jwk.alg) return jwk.alg;
  if (jwk.kty === "EC") return jwk.crv === "P-384" ? "ES384" : "ES256";
  if (jwk.kty === "OKP") return "EdDSA";
  return "RS256";
}
