/**
 * The language of the current render, readable from server and client code alike (no imports):
 *  - in the browser, the page's <html lang>, which the server set from the same choice;
 *  - on the server, an explicit choice (emails in the recipient's language, see with-locale.ts),
 *    else the request's choice, which server.mjs read from the language cookie.
 * Norwegian is the default everywhere.
 */
export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";

/** The cookie that remembers a visitor's choice. Must match server.mjs. */
export const LOCALE_COOKIE = "sprak";

/** Must match lib/http/request-state.ts and lib/i18n/with-locale.ts. */
const REQUEST_STATE = Symbol.for("medlemsportalen.request-state");
const LOCALE_OVERRIDE = Symbol.for("medlemsportalen.locale");

type Store<T> = { getStore(): T | undefined };

export function parseLocale(value: unknown): Locale | null {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
    ? (value as Locale)
    : null;
}

export function currentLocale(): Locale {
  if (typeof document !== "undefined") {
    return parseLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
  }
  const holder = globalThis as {
    [REQUEST_STATE]?: Store<{ locale?: Locale }>;
    [LOCALE_OVERRIDE]?: Store<Locale>;
  };
  return (
    holder[LOCALE_OVERRIDE]?.getStore() ??
    holder[REQUEST_STATE]?.getStore()?.locale ??
    DEFAULT_LOCALE
  );
}

/** For client components, which import the parts of each catalogue they use. */
export function localized<T>(byLocale: Record<Locale, T>): T {
  return byLocale[currentLocale()];
}
