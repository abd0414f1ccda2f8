import "server-only";
import { t } from "@/lib/i18n";
import { currentLocale } from "@/lib/i18n/locale";
import type { ScopedRateLimitPolicy } from "./policies";
import { consumeBucketedRateLimits } from "./rate-limit";

export type LimitCaller = { ip: string | null; userId?: string | null };

export type LimitOutcome = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one use against each policy, keyed by the caller's address or account as the policy
 * says, and stops at the first that is used up; one statement for all of them. A refused use
 * writes nothing. A caller whose address is unknown (the app was reached without server.mjs)
 * is refused by per-address policies: it never shares one bucket with everybody else.
 */
export async function consumeLimits(
  policies: readonly ScopedRateLimitPolicy[],
  caller: LimitCaller,
): Promise<LimitOutcome> {
  const uses: Array<{ policy: ScopedRateLimitPolicy; key: string }> = [];
  // The policies before an address policy the caller has no address for are still counted.
  let refusedWithoutAddress: ScopedRateLimitPolicy | null = null;
  for (const policy of policies) {
    const key = policy.per === "address" ? caller.ip : caller.userId;
    if (key) {
      uses.push({ policy, key });
    } else if (policy.per === "address") {
      refusedWithoutAddress = policy;
      break;
    }
  }
  const results = await consumeBucketedRateLimits(uses);
  const refused = results.find((result) => result && !result.allowed);
  if (refused) {
    const seconds = Math.ceil((refused.resetAt.getTime() - Date.now()) / 1000);
    return { allowed: false, retryAfterSeconds: Math.max(1, seconds) };
  }
  if (refusedWithoutAddress) {
    return { allowed: false, retryAfterSeconds: refusedWithoutAddress.windowSeconds };
  }
  return { allowed: true };
}

/** The Norwegian message for a refused request, with how long to wait. */
export function rateLimitedMessage(retryAfterSeconds: number): string {
  return t.common.errors.rateLimited(retryAfterSeconds);
}

/** A 429 answer with Retry-After, as JSON for scripts or a short Norwegian page for browsers. */
export function rateLimitedResponse(retryAfterSeconds: number, as: "json" | "html"): Response {
  const headers = { "retry-after": String(retryAfterSeconds), "cache-control": "no-store" };
  if (as === "json") {
    return Response.json(
      { error: "rate_limited", retryAfterSeconds, message: rateLimitedMessage(retryAfterSeconds) },
      { status: 429, headers },
    );
  }
  const message = rateLimitedMessage(retryAfterSeconds);
  const html = `<!doctype html><html lang="${currentLocale()}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.common.errors.rateLimitedTitle}</title><main style="font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem"><h1>${t.common.errors.rateLimitedTitle}</h1><p>${message}</p><p><a href="/logg-inn">${t.common.login}</a></p></main></html>`;
  return new Response(html, {
    status: 429,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
  });
}
