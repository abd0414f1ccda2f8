import type { NextConfig } from "next";
import { apiCsp } from "./lib/http/csp";

const nextConfig: NextConfig = {
  // PGlite ships wasm and must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "oidc-provider", "light-my-request"],
  poweredByHeader: false,
  // The browser journeys build into their own folder so they never disturb `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // The journeys' build skips type checking: `npm run typecheck` does it once in CI.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  async headers() {
    return [
      {
        // Everything but the front-channel logout, which ID-porten loads in an iframe. The
        // pages' Content-Security-Policy (with its per-request nonce) comes from server.mjs
        // (lib/http/page-request.mjs), the route handlers' from below, the provider's pages'
        // from lib/oidc/provider.ts, and HSTS from server.mjs.
        source: "/((?!api/idporten/frontchannel-logout).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        // Route handlers render no scripts: a fixed policy, no nonce.
        source: "/api/((?!idporten/frontchannel-logout).*)",
        headers: [{ key: "Content-Security-Policy", value: apiCsp() }],
      },
      {
        source: "/api/idporten/frontchannel-logout",
        headers: [{ key: "X-Content-Type-Options", value: "nosniff" }],
      },
    ];
  },
};

export default nextConfig;
