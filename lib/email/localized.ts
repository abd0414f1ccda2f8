import "server-only";
import type { Locale } from "@/lib/i18n/locale";
import { withLocale } from "@/lib/i18n/with-locale";

/**
 * An email built in its recipient's language: `build` reads the catalogue, dates and the
 * templates inside withLocale. Each language is built at most once, so recipients who share a
 * language share one render.
 */
export function perLocale<T>(build: () => Promise<T>): (locale: Locale) => Promise<T> {
  const built = new Map<Locale, Promise<T>>();
  return (locale) => {
    let email = built.get(locale);
    if (!email) built.set(locale, (email = withLocale(locale, build)));
    return email;
  };
}
