/**
 * Every rate limit in one place: counted in PostgreSQL per key and rolling window. `per` says
 * what the key is: the client's address (lib/http/client-address.mjs), the account, or
 * something narrower named in the comment. Sized so that several hundred people behind one
 * hospital or municipal NAT address can all log in at the start of a working day.
 */
export const RATE_LIMITS = {
  /** Email codes per email address per hour. */
  emailCodePerAddress: { name: "email-code:address", limit: 5, windowSeconds: 3600 },
  /** Email codes per account per hour. */
  emailCodePerUser: { name: "email-code:user", limit: 10, windowSeconds: 3600, per: "account" },
  /** Email codes per client address per hour (many accounts from one place). */
  emailCodePerIp: { name: "email-code:ip", limit: 200, windowSeconds: 3600, per: "address" },
  /** Code guesses per account per hour, across codes (each code also has CODE_POLICY's own cap). */
  codeAttemptsPerUser: {
    name: "code-attempt:user",
    limit: 30,
    windowSeconds: 3600,
    per: "account",
  },
  /** Code guesses per client address per hour. */
  codeAttemptsPerIp: { name: "code-attempt:ip", limit: 300, windowSeconds: 3600, per: "address" },
  /** One email to a group admin per group per hour about new join requests. */
  joinRequestEmailPerAdminGroup: { name: "join-request-email", limit: 1, windowSeconds: 3600 },
  /** Join requests a user may send per hour. */
  joinRequestsPerUser: {
    name: "join-request:user",
    limit: 20,
    windowSeconds: 3600,
    per: "account",
  },
  /** Join requests per client address per hour. */
  joinRequestsPerIp: { name: "join-request:ip", limit: 200, windowSeconds: 3600, per: "address" },
  /** Passkey login attempts (assertions verified) per client address per minute. */
  passkeyLoginPerIp: { name: "passkey-login:ip", limit: 120, windowSeconds: 60, per: "address" },
  /** Passkey login attempts per credential (so per account) in five minutes. */
  passkeyLoginPerCredential: { name: "passkey-login:credential", limit: 10, windowSeconds: 300 },
  /** Returns from ID-porten (the login callback) per client address in ten minutes. */
  idportenCallbackPerIp: {
    name: "idporten-callback:ip",
    limit: 600,
    windowSeconds: 600,
    per: "address",
  },
  /** ID-porten logins per person (keyed hash of the national identity number) in ten minutes. */
  idportenLoginPerPerson: { name: "idporten-login:person", limit: 20, windowSeconds: 600 },
  /** Searches in the admin area (users, audit log) per support user in ten minutes. */
  adminSearchPerUser: {
    name: "admin-search:user",
    limit: 300,
    windowSeconds: 600,
    per: "account",
  },
  /** Searches in the admin area per client address in ten minutes. */
  adminSearchPerIp: { name: "admin-search:ip", limit: 600, windowSeconds: 600, per: "address" },
  /** Audit rows for refused access per caller (user, else address): the table cannot grow without bound. */
  refusalAuditPerCaller: { name: "refusal-audit", limit: 60, windowSeconds: 3600 },
} as const;

export type RateLimitPolicy = {
  name: string;
  limit: number;
  windowSeconds: number;
  /** What the key is, for policies enforced by lib/rate-limit/enforce.ts. */
  per?: "address" | "account";
};

/** A policy keyed by client address or account, which enforce.ts can key by itself. */
export type ScopedRateLimitPolicy = RateLimitPolicy & { per: "address" | "account" };
