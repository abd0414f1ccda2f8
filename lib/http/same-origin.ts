import "server-only";
import { config } from "@/lib/config";

/** A browser's Origin header, when sent, must be the portal's own (cross-site forms are refused). */
export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  return origin !== null && origin !== new URL(config().appUrl).origin;
}
