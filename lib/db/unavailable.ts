/** Next keeps an error's own digest, so error pages can tell this case apart. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/**
 * The database cannot serve this request right now (unreachable, restarting, overloaded, or no
 * free connection in time). Nothing was changed: the request may simply be tried again.
 */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;

  constructor(
    readonly reason: "pool-exhausted" | "unreachable",
    options?: { cause?: unknown },
  ) {
    super(`database unavailable: ${reason}`, options);
    this.name = "DatabaseUnavailableError";
  }
}

// postgres.js and Node socket errors that mean "no usable connection".
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

// SQLSTATEs: the server is shutting down, starting, out of connections, or the statement ran
// past statement_timeout / the session sat idle in a transaction too long.
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "57014", "25P03"]);

type ErrorLike = { code?: unknown; cause?: unknown; errors?: unknown };

/** True when the error (or one it wraps, as drizzle does) means the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as ErrorLike | undefined, depth = 0; e && depth < 5; depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
    const code = typeof e.code === "string" ? e.code : "";
    if (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith("08")) {
      return true;
    }
    // Node reports a refused dual-stack connect as an AggregateError of both attempts.
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner))) {
      return true;
    }
    e = e.cause as ErrorLike | undefined;
  }
  return false;
}
