import { t } from "@/lib/i18n";
import type { ServiceAccess } from "./access";
import { formatTime, nextOpening, type WeeklyHours } from "./opening-hours";

function opensAt(opening: ReturnType<typeof nextOpening>): string | null {
  const m = t.common.dashboard;
  return opening ? m.opensAt(m.weekdays[opening.day - 1]!, formatTime(opening.time)) : null;
}

/** "Åpner mandag kl. 08.00" for a service closed by its opening hours, else the plain text. */
export function closedHoursText(access: ServiceAccess): string {
  if (access.open || access.reason !== "closed-hours") return t.common.dashboard.closedHours;
  return opensAt(access.opensAt) ?? t.common.dashboard.closedHours;
}

/** When a closed service opens next, for pages that only have the service. */
export function nextOpeningText(hours: WeeklyHours | null, at: Date): string | null {
  return hours ? opensAt(nextOpening(hours, at)) : null;
}
