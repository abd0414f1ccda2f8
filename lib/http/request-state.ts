import { AsyncLocalStorage } from "node:async_hooks";
import type { Locale } from "@/lib/i18n/locale";

/**
 * What the server learns about one request while it runs. server.mjs opens one per request
 * (under the same global key) and turns it into the response status: a request that met an
 * unreachable database answers 503 instead of 500.
 */
export type RequestState = {
  databaseUnavailable: boolean;
  status?: number;
  /** The language the visitor chose (the cookie, read by server.mjs); see lib/i18n/locale.ts. */
  locale?: Locale;
};

const KEY = Symbol.for("medlemsportalen.request-state");

function storage(): AsyncLocalStorage<RequestState> {
  const holder = globalThis as { [KEY]?: AsyncLocalStorage<RequestState> };
  holder[KEY] ??= new AsyncLocalStorage<RequestState>();
  return holder[KEY];
}

export function currentRequestState(): RequestState | undefined {
  return storage().getStore();
}

/** Runs `fn` with a state of its own; route handlers use it to see their own database trouble. */
export function runWithRequestState<T>(state: RequestState, fn: () => T): T {
  return storage().run(state, fn);
}

/** Background work started by a request (email delivery) is not part of that request. */
export function outsideRequest<T>(fn: () => T): T {
  return storage().exit(fn);
}

export function markDatabaseUnavailable(): void {
  const state = currentRequestState();
  if (state) state.databaseUnavailable = true;
}

/** The status this request's response must have (server.mjs applies it). */
export function setResponseStatus(status: number): void {
  const state = currentRequestState();
  if (state) state.status = status;
}

/** The rest of this request renders in `locale` (the language choice was just changed). */
export function setRequestLocale(locale: Locale): void {
  const state = currentRequestState();
  if (state) state.locale = locale;
}
