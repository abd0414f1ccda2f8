// The portal's HTTP server: Next's request handler behind a plain Node server, so that each
// request carries a small state the app can write to (lib/http/request-state.ts). A request
// that met an unreachable database answers 503 "prøv igjen" instead of 500; Next itself has
// no way for a page or server action to choose that status. It also decides the client's
// address (socket peer, or X-Forwarded-For behind TRUSTED_PROXIES) and hands it to the app in
// a header of its own; the app believes nothing else.
//   node server.mjs [--dev] [-p PORT] [-H HOSTNAME]
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import {
  CLIENT_ADDRESS_HEADER,
  parseTrustedProxies,
  resolveClientAddress,
} from "./lib/http/client-address.mjs";
import { preparePageRequest } from "./lib/http/page-request.mjs";

/** Must match lib/http/request-state.ts. */
const REQUEST_STATE = Symbol.for("medlemsportalen.request-state");
const RETRY_AFTER_SECONDS = "5";
/** Must match lib/i18n/locale.ts: the cookie and the languages besides the default (nb). */
const LOCALE_COOKIE = "sprak";
const OTHER_LOCALES = new Set(["en"]);

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
  },
});
const dev = values.dev;
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME;
// As `next dev` and `next start` do; set before Next is loaded.
process.env.NODE_ENV = dev ? "development" : "production";

const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
// HSTS only where the portal is served over https (production requires an https APP_URL).
const hsts = !dev && (process.env.APP_URL ?? "").startsWith("https://");
const HSTS_VALUE = "max-age=63072000; includeSubDomains";

globalThis[REQUEST_STATE] ??= new AsyncLocalStorage();
const requestState = globalThis[REQUEST_STATE];

/** The status Next chose, unless the request asked for another or met a database outage. */
function finalStatus(state, status) {
  if (state.status) return state.status;
  return state.databaseUnavailable && status >= 500 ? 503 : status;
}

/** The headers the app believes: the client address we decided, and no client copy of ours. */
function setTrustedHeaders(req) {
  const address = resolveClientAddress({
    peer: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedProxies,
  });
  delete req.headers[CLIENT_ADDRESS_HEADER];
  req.headers[CLIENT_ADDRESS_HEADER] = address ?? "unknown";
}

/** The language chosen with the language switch; Norwegian unless the cookie says otherwise. */
function chosenLocale(req) {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, value] = part.trim().split("=");
    if (name === LOCALE_COOKIE && OTHER_LOCALES.has(value)) return value;
  }
  return "nb";
}

function withRequestState(handle, pageSettings) {
  return (req, res) => {
    setTrustedHeaders(req);
    if (hsts) res.setHeader("strict-transport-security", HSTS_VALUE);
    // The policy and nonce for pages, and the redirect to /logg-inn without a session cookie.
    const page = preparePageRequest(req, pageSettings);
    if (page && "redirectTo" in page) {
      res.writeHead(307, { location: page.redirectTo });
      res.end();
      return;
    }
    if (page) res.setHeader("content-security-policy", page.csp);
    const state = { databaseUnavailable: false, locale: chosenLocale(req) };
    const writeHead = res.writeHead;
    res.writeHead = function (status, ...rest) {
      const final = finalStatus(state, status);
      if (final === 503) {
        this.setHeader("retry-after", RETRY_AFTER_SECONDS);
        this.setHeader("cache-control", "no-store");
      }
      return writeHead.call(this, final, ...rest);
    };
    requestState.run(state, () => void handle(req, res));
  };
}

const { default: next } = await import("next");
const server = createServer();
const app = next({ dev, hostname: hostname ?? "localhost", port, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

// Read after prepare(), which loads .env files. The issuer's default must match lib/config.
const pageSettings = {
  dev,
  idportenIssuer: process.env.IDPORTEN_ISSUER ?? "http://localhost:4000",
};
server.on("request", withRequestState(handle, pageSettings));
server.listen(port, hostname, () => {
  // The port actually bound: -p 0 lets the system choose one (tests start extra instances so).
  const bound = server.address()?.port ?? port;
  console.log(
    `> Medlemsportalen på http://${hostname ?? "localhost"}:${bound} (${process.env.NODE_ENV})`,
  );
});

// A stop signal ends the process through exit(), so `node --cpu-prof server.mjs` writes its
// profile (the benchmark's --cpu-prof) instead of dying on the default signal action.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
