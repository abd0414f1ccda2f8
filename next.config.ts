import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships wasm and must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "oidc-provider"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
