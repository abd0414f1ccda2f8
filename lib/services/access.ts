import { isPhishingResistant, type LoginFacts } from "@/lib/auth/acr";
import type { Service } from "@/lib/db/schema";
import { isOpenAt, nextOpening, type Weekday } from "./opening-hours";

export type ServiceAccess =
  | { open: true }
  | { open: false; reason: "phishing-resistant" }
  | { open: false; reason: "closed-hours"; opensAt: { day: Weekday; time: string } | null };

/** Whether this login may open the service now, and if not, why (and when it opens). */
export function serviceAccess(
  service: Pick<Service, "requiresPhishingResistant" | "alwaysOpen" | "openingHours">,
  login: LoginFacts,
  at: Date,
): ServiceAccess {
  if (service.requiresPhishingResistant && !isPhishingResistant(login)) {
    return { open: false, reason: "phishing-resistant" };
  }
  const hours = service.openingHours;
  if (!service.alwaysOpen && hours && !isOpenAt(hours, at)) {
    return { open: false, reason: "closed-hours", opensAt: nextOpening(hours, at) };
  }
  return { open: true };
}
