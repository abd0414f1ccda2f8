import { isPhishingResistant } from "@/lib/auth/acr";
import { ipAllowed } from "./cidr";

export type AdminDenial = "role" | "phishing-resistant" | "network";

export type AdminAccessInput = {
  user: { role: "member" | "support" };
  login: { method: "idporten" | "passkey"; acr: string | null };
  ip: string | null;
  networks: readonly string[];
};

/**
 * Whether this caller may use the admin area, and if not, why: support role, a
 * phishing-resistant login, and an address inside the configured networks (if any).
 */
export function adminAccess(
  input: AdminAccessInput,
): { ok: true } | { ok: false; reason: AdminDenial } {
  if (input.user.role !== "support") return { ok: false, reason: "role" };
  if (!isPhishingResistant(input.login)) return { ok: false, reason: "phishing-resistant" };
  if (!ipAllowed(input.ip, input.networks)) return { ok: false, reason: "network" };
  return { ok: true };
}
