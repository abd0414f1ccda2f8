/** Every rate limit in one place: counted in PostgreSQL per key and fixed window. */
export const RATE_LIMITS = {
  /** Email codes per address per hour. */
  emailCodePerAddress: { name: "email-code:address", limit: 5, windowSeconds: 3600 },
  /** Email codes per account per hour. */
  emailCodePerUser: { name: "email-code:user", limit: 10, windowSeconds: 3600 },
  /** Code guesses per account per hour, across codes (each code also has CODE_POLICY's own cap). */
  codeAttemptsPerUser: { name: "code-attempt:user", limit: 30, windowSeconds: 3600 },
  /** One email to a group admin per group per hour about new join requests. */
  joinRequestEmailPerAdminGroup: { name: "join-request-email", limit: 1, windowSeconds: 3600 },
  /** Join requests a user may send per hour. */
  joinRequestsPerUser: { name: "join-request:user", limit: 20, windowSeconds: 3600 },
  /** Login challenges handed out per IP (each page load asks for one, for autofill). */
  passkeyOptionsPerIp: { name: "passkey-options:ip", limit: 300, windowSeconds: 600 },
  /** Passkey login attempts per IP per minute. */
  passkeyLoginPerIp: { name: "passkey-login:ip", limit: 30, windowSeconds: 60 },
  /** Audit rows for refused access per caller (user, else address): the table cannot grow without bound. */
  refusalAuditPerCaller: { name: "refusal-audit", limit: 60, windowSeconds: 3600 },
} as const;

export type RateLimitPolicy = { name: string; limit: number; windowSeconds: number };
