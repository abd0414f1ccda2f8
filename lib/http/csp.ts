/**
 * Content-Security-Policy of the portal's pages: scripts only with this response's nonce
 * (and what they load, 'strict-dynamic'), no plugins, no <base>, forms only to the portal
 * and ID-porten, never framed. Next puts the nonce on its own scripts when the request
 * carries this header (proxy.ts).
 */
export function pageCsp(input: { nonce: string; dev: boolean; idportenIssuer: string }): string {
  const { nonce, dev, idportenIssuer } = input;
  return serialize({
    "default-src": ["'self'"],
    // 'self' only for browsers without CSP 3, which ignore 'strict-dynamic'. React's
    // development build evaluates code, so development needs 'unsafe-eval'.
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    // Style attributes (React, Designsystemet) cannot carry a nonce.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    // Development's hot reload talks over a WebSocket.
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'", new URL(idportenIssuer).origin],
    "frame-ancestors": ["'none'"],
  });
}

/**
 * The provider's own HTML pages under /oidc (logout, errors, form_post): no framing, inline
 * styles only; oidc-provider adds the hash of its one inline script (form_post) itself, and
 * lib/oidc/provider.ts widens form-action to the client the page posts or redirects to.
 */
export function providerCsp(formTargets: readonly string[] = []): string {
  return serialize({
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
  return serialize({
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
  return serialize({
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

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}
