import { now } from "@/lib/clock";

/** Whole seconds from now until `at` (0 when past), by the server's clock. */
export function secondsUntil(at: Date): number {
  return Math.max(0, Math.ceil((at.getTime() - now().getTime()) / 1000));
}
