import { t } from "@/lib/i18n";

const { locale, timeZone } = t.common.dateTime;
const dateTime = new Intl.DateTimeFormat(locale, {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone,
});
const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone });
const longDateTime = new Intl.DateTimeFormat(locale, {
  dateStyle: "long",
  timeStyle: "short",
  timeZone,
});

/** A date and time as people in Norway read it: nb-NO, Oslo time. */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

/** For emails, where nothing is abbreviated: "23. november 2026 kl. 10:05" (Oslo time). */
export function formatLongDateTime(date: Date): string {
  return longDateTime.format(date);
}

export function formatDate(date: Date): string {
  return dateOnly.format(date);
}

/** For <time dateTime>: the instant in UTC. */
export function isoTime(date: Date): string {
  return date.toISOString();
}
