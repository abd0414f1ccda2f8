import { z } from "zod";

/** How the portal talks to its database and its email provider; defaults suit production. */
export type OperationsConfig = {
  resendBaseUrl: string;
  /** Resend's webhook signing secret (whsec_…); without it /api/resend/webhook answers 404. */
  resendWebhookSecret: string | undefined;
  email: {
    /** One delivery attempt gives up after this long (the provider hangs). */
    sendTimeoutMs: number;
    /** A claimed outbox row is leased this long; a crashed worker's rows come back after it. */
    leaseSeconds: number;
    /** How often this instance looks for due emails; 0: only right after its own changes. */
    pollSeconds: number;
  };
  database: {
    /** Connections per instance; the sum over all instances must stay under max_connections. */
    poolSize: number;
    /** A request waits at most this long for a free connection, then gets a 503. */
    poolTimeoutMs: number;
    connectTimeoutSeconds: number;
    statementTimeoutMs: number;
  };
};

const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const schema = z
  .object({
    RESEND_BASE_URL: z.url().default("https://api.resend.com"),
    RESEND_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/=]+$/, "må være Resends signeringsnøkkel (whsec_…)")
      .optional(),
    EMAIL_SEND_TIMEOUT_MS: int(10_000, 100, 120_000),
    EMAIL_LEASE_SECONDS: int(120, 1, 3600),
    EMAIL_POLL_SECONDS: int(15, 0, 3600),
    DATABASE_POOL_SIZE: int(10, 1, 200),
    DATABASE_POOL_TIMEOUT_MS: int(3_000, 50, 120_000),
    DATABASE_CONNECT_TIMEOUT_SECONDS: int(5, 1, 120),
    DATABASE_STATEMENT_TIMEOUT_MS: int(15_000, 100, 600_000),
  })
  .refine((e) => e.EMAIL_LEASE_SECONDS * 1000 > e.EMAIL_SEND_TIMEOUT_MS, {
    message: "må være lengre enn EMAIL_SEND_TIMEOUT_MS",
    path: ["EMAIL_LEASE_SECONDS"],
  });

/** Reads the operational settings; production accepts only an https email provider. */
export function loadOperationsConfig(
  env: NodeJS.ProcessEnv,
  production: boolean,
): OperationsConfig {
  // Empty variables count as unset, as elsewhere in the configuration.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const e = parsed.success ? parsed.data : undefined;
  if (e && production && !e.RESEND_BASE_URL.startsWith("https://")) {
    problems.push("RESEND_BASE_URL: må bruke https i produksjon");
  }
  if (!e || problems.length) {
    throw new Error(`Medlemsportalen kan ikke starte:\n- ${problems.join("\n- ")}`);
  }
  return {
    resendBaseUrl: e.RESEND_BASE_URL.replace(/\/$/, ""),
    resendWebhookSecret: e.RESEND_WEBHOOK_SECRET,
    email: {
      sendTimeoutMs: e.EMAIL_SEND_TIMEOUT_MS,
      leaseSeconds: e.EMAIL_LEASE_SECONDS,
      pollSeconds: e.EMAIL_POLL_SECONDS,
    },
    database: {
      poolSize: e.DATABASE_POOL_SIZE,
      poolTimeoutMs: e.DATABASE_POOL_TIMEOUT_MS,
      connectTimeoutSeconds: e.DATABASE_CONNECT_TIMEOUT_SECONDS,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    },
  };
}
