import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { outboxBacklog } from "@/lib/email/outbox";
import { describeError } from "@/lib/logging/describe-error";

export const dynamic = "force-dynamic";

/** A load balancer waits about this long; a slower database counts as unavailable. */
const CHECK_TIMEOUT_MS = 2_000;

const headers = { "cache-control": "no-store" };

function timeout(): Promise<never> {
  return new Promise((_resolve, reject) => {
    setTimeout(() => reject(new Error("health check timed out")), CHECK_TIMEOUT_MS).unref();
  });
}

/**
 * For load balancers: 200 `{ status, outboxBacklog }` while the database answers, else 503.
 * Nothing else (no versions, hosts or error details), and no login needed.
 */
export async function GET() {
  try {
    const backlog = await Promise.race([outboxBacklog(), timeout()]);
    return Response.json({ status: "ok", outboxBacklog: backlog }, { headers });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) console.error(`[helse] ${describeError(error)}`);
    return Response.json({ status: "unavailable" }, { status: 503, headers });
  }
}
