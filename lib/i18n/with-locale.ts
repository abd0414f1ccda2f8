import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "./locale";

const KEY = Symbol.for("medlemsportalen.locale");

function storage(): AsyncLocalStorage<Locale> {
  const holder = globalThis as { [KEY]?: AsyncLocalStorage<Locale> };
  holder[KEY] ??= new AsyncLocalStorage<Locale>();
  return holder[KEY];
}

/**
 * Runs `fn` with every text (the `t` catalogue, dates, numbers) in `locale`, whatever the
 * request chose: an email goes out in its recipient's language.
 */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  return storage().run(locale, fn);
}
