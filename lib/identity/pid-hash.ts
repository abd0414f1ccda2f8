import "server-only";
import { createHmac } from "node:crypto";
import { config } from "@/lib/config";

/** Keyed hash of a national identity number: the only form in which it is stored. */
export function hashPid(pid: string): string {
  return createHmac("sha256", config().pidHmacKey).update(pid, "utf8").digest("base64url");
}
