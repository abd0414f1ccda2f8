import { currentLocale, type Locale } from "@/lib/i18n/locale";

/** The Intl locale for each language; times are always Oslo time, whoever reads them. */
const INTL_LOCALE: Record<Locale, string> = { nb: "nb-NO", en: "en-GB" };
const TIME_ZONE = "Europe/Oslo";

type Formatters = {
  dateTime: Intl.DateTimeFormat;
  date: Intl.DateTimeFormat;
  long: Intl.DateTimeFormat;
};

// One set per language, made on first use: a formatter is costly to build.
const cache = new Map<Locale, Formatters>();

function formatters(): Formatters {
  const locale = currentLocale();
  let set = cache.get(locale);
  if (!set) {
    const tag = INTL_LOCALE[locale];
    set = {
      dateTime: new Intl.DateTimeFormat(tag, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: TIME_ZONE,
      }),
      date: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: TIME_ZONE }),
      long: new Intl.DateTimeFormat(tag, {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: TIME_ZONE,
      }),
    };
    cache.set(locale, set);
  }
  return set;
}

/** A date and time in the current language, Oslo time ("23. nov. 2026, 10:05"). */
export function formatDateTime(date: Date): string {
  return formatters().dateTime.format(date);
}

/** For emails, where nothing is abbreviated: "23. november 2026 kl. 10:05" (Oslo time). */
export function formatLongDateTime(date: Date): string {
  return formatters().long.format(date);
}

export function formatDate(date: Date): string {
  return formatters().date.format(date);
}

/** For <time dateTime>: the instant in UTC. */
export function isoTime(date: Date): string {
  return date.toISOString();
}
