import { serializePolicy } from "./page-request.mjs";

// The pages' policy is made per request in server.mjs (lib/http/page-request.mjs).
export { pageCsp } from "./page-request.mjs";

/**
 * The provider's own HTML pages under /oidc (logout, errors, form_post): no framing, inline
 * styles only; oidc-provider adds the hash of its one inline script (form_post) itself, and
 * lib/oidc/provider.ts widens form-action to the client the page posts or redirects to.
 */
export function providerCsp(formTargets: readonly string[] = []): string {
  return serializePolicy({
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'", ...originsOf(formTargets)],
    "frame-ancestors": ["'none'"],
  });
}

/**
 * The route handlers under /api (next.config.ts): JSON, redirects, and a few plain pages (503,
 * 429, Auth.js' sign-out form) with inline styles only. Nothing to run, never framed.
 */
export function apiCsp(): string {
  return serializePolicy({
    "default-src": ["'none'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/** The front-channel logout route: nothing to run, and only ID-porten may frame it. */
export function frontchannelCsp(idportenIssuer: string): string {
  return serializePolicy({
    "default-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
    "frame-ancestors": [new URL(idportenIssuer).origin],
  });
}

/** Replaces form-action's sources in an existing policy (other directives untouched). */
export function withFormAction(csp: string, formTargets: readonly string[]): string {
  const origins = originsOf(formTargets);
  return csp
    .split(";")
    .map((directive) => {
      const trimmed = directive.trim();
      return trimmed.startsWith("form-action ") ? [trimmed, ...origins].join(" ") : trimmed;
    })
    .join("; ");
}

/** The nonce a policy allows scripts by, or null. */
export function nonceOf(csp: string | null): string | null {
  return csp?.match(/'nonce-([^']+)'/)?.[1] ?? null;
}

function originsOf(urls: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      const { origin, protocol } = new URL(url);
      if (protocol === "https:" || protocol === "http:") origins.add(origin);
    } catch {
      // Not a URL: nothing to allow.
    }
  }
  return [...origins];
}
