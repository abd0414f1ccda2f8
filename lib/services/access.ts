import { isPhishingResistant, type LoginFacts } from "@/lib/auth/acr";
import type { Service } from "@/lib/db/schema";

export type ServiceAccess =
  { open: true } | { open: false; reason: "phishing-resistant" | "closed-hours" };

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  weekday: "short",
  hour: "2-digit",
  hourCycle: "h23",
});

/** "weekdays 08-16": open Monday to Friday from 08:00 to 16:00 Oslo time. */
export function isWithinOpeningHours(openingHours: string | null, at: Date): boolean {
  if (!openingHours) return true;
  const match = /^weekdays (\d{2})-(\d{2})$/.exec(openingHours);
  if (!match) return true;
  const parts = Object.fromEntries(osloParts.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = !["Sat", "Sun"].includes(parts.weekday ?? "");
  const hour = Number(parts.hour);
  return weekday && hour >= Number(match[1]) && hour < Number(match[2]);
}

/** Whether this login may open the service now, and if not, why. */
export function serviceAccess(
  service: Pick<Service, "requiresPhishingResistant" | "alwaysOpen" | "openingHours">,
  login: LoginFacts,
  at: Date,
): ServiceAccess {
  if (service.requiresPhishingResistant && !isPhishingResistant(login)) {
    return { open: false, reason: "phishing-resistant" };
  }
  if (!service.alwaysOpen && !isWithinOpeningHours(service.openingHours, at)) {
    return { open: false, reason: "closed-hours" };
  }
  return { open: true };
}
