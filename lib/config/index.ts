import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { devJwks, parseJwks, type PrivateJwk } from "../oidc/keys";
import { loadOperationsConfig, type OperationsConfig } from "./operations";

/** Client id and secret of the local ID-porten test provider. Development and tests only. */
export const DEV_IDPORTEN_CLIENT = {
  clientId: "medlemsportalen-dev",
  clientSecret: "dev-only-idporten-test-client-secret",
} as const;

// "bench": a production build measured by `npm run bench`; it turns on the bench-only routes.
const appEnvSchema = z.enum(["development", "test", "bench", "production"]);
export type AppEnv = z.infer<typeof appEnvSchema>;

const secret = z.string().min(32, "må være minst 32 tegn");

const productionSchema = z.object({
  APP_URL: z.url().refine((u) => u.startsWith("https://"), "må bruke https i produksjon"),
  AUTH_SECRET: secret,
  PID_HMAC_KEY: secret,
  IDPORTEN_ISSUER: z
    .url()
    .refine(
      (u) => u.startsWith("https://") && !/localhost|127\.0\.0\.1/.test(u),
      "må være en ekte ID-porten-utsteder (https)",
    ),
  IDPORTEN_CLIENT_ID: z.string().min(1),
  IDPORTEN_CLIENT_SECRET: z.string().min(1),
  DATABASE_URL: z.string().min(1, "PostgreSQL kreves i produksjon"),
  // Without it codes would wait in the outbox for ever: production refuses to start instead.
  RESEND_API_KEY: z.string().min(1, "kreves i produksjon (ellers sendes ingen e-post)"),
  EMAIL_FROM: z.string().min(3),
  // The OpenID Connect provider's private signing keys; never generated in production.
  OIDC_JWKS: z.string().superRefine((raw, ctx) => {
    try {
      parseJwks(raw);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
    }
  }),
});

export type Config = {
  appEnv: AppEnv;
  appUrl: string;
  authSecret: string;
  pidHmacKey: string;
  idporten: { issuer: string; clientId: string; clientSecret: string };
  databaseUrl: string | undefined;
  pgliteDir: string;
  resendApiKey: string | undefined;
  emailFrom: string;
  adminNetworks: string[];
  /** Signing keys of the portal's OpenID Connect provider (read when first needed). */
  oidcJwks: () => PrivateJwk[];
} & OperationsConfig;

function resolveAppEnv(env: NodeJS.ProcessEnv): AppEnv {
  if (env.APP_ENV) return appEnvSchema.parse(env.APP_ENV);
  return env.NODE_ENV === "production" ? "production" : "development";
}

/** Development-only secrets, generated once and kept in .data/ so logins survive restarts. */
function devSecrets(dataDir: string): { AUTH_SECRET: string; PID_HMAC_KEY: string } {
  const file = path.join(dataDir, "dev-secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const generated = {
    note: "DEVELOPMENT ONLY. Generated locally; never use in production.",
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    PID_HMAC_KEY: randomBytes(32).toString("base64url"),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  return generated;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const appEnv = resolveAppEnv(env);
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR ?? ".data");
  const adminNetworks = (env.ADMIN_NETWORKS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

  if (appEnv === "production") {
    const parsed = productionSchema.safeParse(env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
      throw new Error(`Medlemsportalen kan ikke starte i produksjon:\n- ${problems.join("\n- ")}`);
    }
    const p = parsed.data;
    return {
      appEnv,
      appUrl: p.APP_URL.replace(/\/$/, ""),
      authSecret: p.AUTH_SECRET,
      pidHmacKey: p.PID_HMAC_KEY,
      idporten: {
        issuer: p.IDPORTEN_ISSUER,
        clientId: p.IDPORTEN_CLIENT_ID,
        clientSecret: p.IDPORTEN_CLIENT_SECRET,
      },
      databaseUrl: p.DATABASE_URL,
      pgliteDir: path.join(dataDir, "pglite"),
      resendApiKey: p.RESEND_API_KEY,
      emailFrom: p.EMAIL_FROM,
      adminNetworks,
      oidcJwks: () => parseJwks(p.OIDC_JWKS),
      ...loadOperationsConfig(env, true),
    };
  }

  const needsGenerated = !env.AUTH_SECRET || !env.PID_HMAC_KEY;
  const generated = needsGenerated ? devSecrets(dataDir) : undefined;
  return {
    appEnv,
    appUrl: (env.APP_URL ?? "http://localhost:3000").replace(/\/$/, ""),
    authSecret: env.AUTH_SECRET ?? generated!.AUTH_SECRET,
    pidHmacKey: env.PID_HMAC_KEY ?? generated!.PID_HMAC_KEY,
    idporten: {
      issuer: env.IDPORTEN_ISSUER ?? "http://localhost:4000",
      clientId: env.IDPORTEN_CLIENT_ID ?? DEV_IDPORTEN_CLIENT.clientId,
      clientSecret: env.IDPORTEN_CLIENT_SECRET ?? DEV_IDPORTEN_CLIENT.clientSecret,
    },
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteDir: env.PGLITE_DIR ?? path.join(dataDir, "pglite"),
    resendApiKey: env.RESEND_API_KEY || undefined,
    emailFrom: env.EMAIL_FROM ?? "Medlemsportalen <ikke-svar@medlemsportalen.local>",
    adminNetworks,
    oidcJwks: () => (env.OIDC_JWKS ? parseJwks(env.OIDC_JWKS) : devJwks(dataDir)),
    ...loadOperationsConfig(env, false),
  };
}

let cached: Config | undefined;

/** The validated configuration, loaded once per process. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}

/** Tests change the environment between files; this forgets the cached configuration. */
export function resetConfig(): void {
  cached = undefined;
}
