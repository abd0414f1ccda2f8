import "server-only";
import { config } from "@/lib/config";

/** Test hooks exist only when the app runs with APP_ENV=test (the browser journeys). */
export function testHooksEnabled(): boolean {
  return config().appEnv === "test";
}
