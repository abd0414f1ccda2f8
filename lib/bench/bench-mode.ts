import "server-only";
import { config } from "@/lib/config";

/** The bench-only routes and the statement counter exist only with APP_ENV=bench. */
export function benchEnabled(): boolean {
  return config().appEnv === "bench";
}
