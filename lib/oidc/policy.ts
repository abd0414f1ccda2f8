import { SESSION_POLICY } from "@/lib/sessions/policy";

/** Lifetimes and limits of the portal's OpenID Connect provider. */
export const OIDC_POLICY = {
  /** A rotated client secret stays valid this long, so the service can switch without downtime. */
  secretGraceSeconds: 24 * 60 * 60,
  authorizationCodeSeconds: 60,
  accessTokenSeconds: 10 * 60,
  idTokenSeconds: 10 * 60,
  /** Time to finish a login (ID-porten or passkey) in the middle of a service's sign-in. */
  interactionSeconds: 30 * 60,
  /** The provider's own session never outlives the portal session it came from. */
  sessionSeconds: SESSION_POLICY.absoluteSeconds,
  /** Back-channel logout: attempts before a delivery is marked failed (backoff in between). */
  logoutMaxAttempts: 8,
  logoutTimeoutMs: 5_000,
  /** The scopes a service can be given; each brings its claims (lib/oidc/claims.ts). */
  scopes: ["openid", "profile", "email", "groups"],
} as const;
