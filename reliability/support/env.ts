import { randomBytes } from "node:crypto";

/** Ports and names of the reliability suite; move them with RELIABILITY_PORT_BASE etc. */
const base = Number(process.env.RELIABILITY_PORT_BASE ?? 3130);
export const PORTS = {
  balancer: base,
  a: base + 1,
  b: base + 2,
  pool: base + 3,
  stub: base + 4,
  restored: base + 5,
} as const;
export const IDPORTEN_PORT = Number(process.env.RELIABILITY_IDPORTEN_PORT ?? 4130);
export const DATABASE = process.env.RELIABILITY_DATABASE ?? "mp_e2e_rel";
export const DIST_DIR = process.env.RELIABILITY_DIST_DIR ?? ".next-e2e-rel";
/** What the browser sees: the balancer, as behind a real load balancer. */
export const APP_URL = `http://localhost:${PORTS.balancer}`;
export const ISSUER = `http://localhost:${IDPORTEN_PORT}`;

/** The reliability suite needs PostgreSQL: faults and races are about a real server. */
export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("The reliability suite needs DATABASE_URL (PostgreSQL).");
  return url;
}

export function databaseUrl(name = DATABASE): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Secrets every instance shares, made once per run in the Playwright config (its workers and
 * web servers inherit them through the environment).
 */
export function ensureSharedSecrets(): void {
  process.env.RELIABILITY_AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.RELIABILITY_PID_HMAC_KEY ??= randomBytes(32).toString("base64url");
  process.env.RELIABILITY_ACTIONS_KEY ??= randomBytes(32).toString("base64");
}

/** The environment of every app instance: the same secrets, database and email provider. */
export function instanceEnv(database = DATABASE): Record<string, string> {
  if (!process.env.RELIABILITY_AUTH_SECRET) {
    throw new Error("Run through playwright.reliability.config.ts (it makes the shared secrets).");
  }
  return {
    APP_ENV: "test",
    APP_URL,
    IDPORTEN_ISSUER: ISSUER,
    AUTH_SECRET: process.env.RELIABILITY_AUTH_SECRET!,
    PID_HMAC_KEY: process.env.RELIABILITY_PID_HMAC_KEY!,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.RELIABILITY_ACTIONS_KEY!,
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: databaseUrl(database),
    // Small pools: several instances and other test runs share one PostgreSQL.
    DATABASE_POOL_SIZE: "4",
    RESEND_API_KEY: "re_reliability_test",
    RESEND_BASE_URL: `http://127.0.0.1:${PORTS.stub}`,
    EMAIL_FROM: "Medlemsportalen <ikke-svar@medlemsportalen.test>",
  };
}
