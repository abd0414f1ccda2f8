import "server-only";
import { describeError } from "@/lib/logging/describe-error";

let running: Promise<unknown> | null = null;

function run(): void {
  if (running) return;
  running = import("./backchannel")
    .then((m) => m.deliverDueLogouts())
    .catch((error) => console.error(`[oidc] logout delivery failed: ${describeError(error)}`))
    .finally(() => {
      running = null;
    });
}

/**
 * After logouts were queued: deliver soon without making anyone wait. Callers queue inside a
 * transaction, so a second run follows in case the first came before the commit.
 */
export function scheduleLogoutDelivery(): void {
  // Tests deliver explicitly (deliverDueLogouts with their own transport), never in the background.
  if (process.env.VITEST) return;
  setTimeout(run, 100).unref();
  setTimeout(run, 1_500).unref();
}

/** Retries and other instances' leftovers: a light poll while the server runs. */
export function startLogoutDeliveryLoop(intervalMs = 5_000): () => void {
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
