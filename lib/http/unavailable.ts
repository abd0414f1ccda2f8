import "server-only";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { t } from "@/lib/i18n";
import { currentLocale } from "@/lib/i18n/locale";
import { currentRequestState, runWithRequestState } from "./request-state";

/** Load balancers and browsers may try again after this many seconds. */
export const RETRY_AFTER_SECONDS = 5;

const texts = t.common.unavailable;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Where "Prøv igjen" leads: the same page for a GET, except a login callback (single use). */
function retryPath(request: Request): string {
  const url = new URL(request.url);
  if (request.method !== "GET" || url.pathname.startsWith("/api/auth/")) {
    return url.pathname.startsWith("/api/auth/") ? "/logg-inn" : "/";
  }
  return url.pathname + url.search;
}

function page(retryTo: string): string {
  return `<!doctype html>
<html lang="${currentLocale()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${texts.title} – ${t.common.portalName}`)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1e2b3c}header{border-bottom:1px solid #d3d9e0;padding:1rem 1.5rem;font-weight:600;font-size:1.25rem}main{max-width:40rem;padding:2rem 1.5rem;line-height:1.5}a.button{display:inline-block;background:#0062ba;color:#fff;padding:.6rem 1.2rem;border-radius:.3rem;text-decoration:none}</style>
</head><body><header>${escapeHtml(t.common.portalName)}</header>
<main><h1>${escapeHtml(texts.heading)}</h1><p>${escapeHtml(texts.body)}</p>
<p><a class="button" href="${escapeHtml(retryTo)}">${escapeHtml(texts.retry)}</a></p>
<p>${escapeHtml(t.common.error.helpPrefix)} <a href="/hjelp">${escapeHtml(t.common.error.help)}</a></p></main>
</body></html>`;
}

/** 503 with a Norwegian "prøv igjen": an HTML page for a browser, JSON for scripts. */
export function unavailableResponse(request: Request): Response {
  const headers = {
    "cache-control": "no-store",
    "retry-after": String(RETRY_AFTER_SECONDS),
  };
  if (!(request.headers.get("accept") ?? "").includes("text/html")) {
    return Response.json({ error: "unavailable", message: texts.body }, { status: 503, headers });
  }
  return new Response(page(retryPath(request)), {
    status: 503,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
  });
}

/**
 * For route handlers (Auth.js's callback too): if the database could not be reached while the
 * handler ran, the answer is 503 "prøv igjen", whatever the handler made of the failure (Auth.js
 * would send the user to its login error page; a bare throw would be a 500).
 */
export function withUnavailablePage<R extends Request, A extends unknown[]>(
  handler: (request: R, ...rest: A) => Promise<Response> | Response,
): (request: R, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const state = { databaseUnavailable: false, locale: currentRequestState()?.locale };
    try {
      const response = await runWithRequestState(state, () => handler(request, ...rest));
      return state.databaseUnavailable ? unavailableResponse(request) : response;
    } catch (error) {
      if (state.databaseUnavailable || isDatabaseUnavailable(error)) {
        return unavailableResponse(request);
      }
      throw error;
    }
  };
}
