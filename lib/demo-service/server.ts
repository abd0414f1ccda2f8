import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createRemoteJWKSet, jwtVerify } from "jose";
import * as oidc from "openid-client";
import { DEMO_SERVICES } from "./config";
import { errorPage, signedInPage, signedOutPage, type DemoUser } from "./pages";

/**
 * A small relying party standing in for the CERT's systems in development and tests: signs the
 * person in through the portal with openid-client, shows who they are, and honours the
 * portal's back-channel logout. Its sessions live in memory: it is a demo.
 */
export type DemoServiceOptions = {
  port: number;
  host?: string;
  /** This service's public base URL (its redirect URIs hang off it). */
  publicUrl?: string;
  /** The portal's issuer, e.g. http://localhost:3000/oidc. */
  issuer: string;
  clientSecret: string;
};

type Session = { sid: string; sub: string; idToken: string; user: DemoUser };
type Pending = { verifier: string; state: string; nonce: string; expires: number };

const EVENT = "http://schemas.openid.net/event/backchannel-logout";
const MAX_BODY = 16 * 1024;

function cookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name) jar.set(name, rest.join("="));
  }
  return jar;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function send(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string | string[]> = {},
) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(html);
}

function redirect(
  res: ServerResponse,
  to: string,
  headers: Record<string, string | string[]> = {},
) {
  res.writeHead(303, { location: to, "cache-control": "no-store", ...headers });
  res.end();
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

class DemoApp {
  private readonly sessions = new Map<string, Session>();
  private readonly pending = new Map<string, Pending>();
  private config: Promise<oidc.Configuration> | null = null;

  constructor(
    readonly slug: string,
    readonly name: string,
    private readonly publicUrl: string,
    private readonly opts: DemoServiceOptions,
  ) {}

  get base(): string {
    return `/${this.slug}`;
  }

  private get cookieName(): string {
    return `demo_${this.slug.replaceAll("-", "_")}`;
  }

  /** Discovery on first use, so the portal may start after this service. */
  private client(): Promise<oidc.Configuration> {
    this.config ??= oidc
      .discovery(
        new URL(this.opts.issuer),
        this.slug,
        undefined,
        oidc.ClientSecretBasic(this.opts.clientSecret),
        {
          execute: this.opts.issuer.startsWith("http://") ? [oidc.allowInsecureRequests] : [],
        },
      )
      .catch((error: unknown) => {
        this.config = null;
        throw error;
      });
    return this.config;
  }

  private current(req: IncomingMessage): [string, Session] | null {
    const id = cookies(req).get(this.cookieName);
    const session = id ? this.sessions.get(id) : undefined;
    return id && session ? [id, session] : null;
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    if (path === "/" && req.method === "GET") return this.home(req, res);
    if (path === "/login" && req.method === "GET") return this.login(res);
    if (path === "/callback" && req.method === "GET") return this.callback(req, res, url);
    if (path === "/logout" && req.method === "POST") return this.logout(req, res);
    if (path === "/backchannel-logout" && req.method === "POST") return this.backchannel(req, res);
    send(res, 404, signedOutPage(this.name, this.base, "Siden finnes ikke."));
  }

  private home(req: IncomingMessage, res: ServerResponse) {
    const current = this.current(req);
    if (!current) return send(res, 200, signedOutPage(this.name, this.base));
    send(res, 200, signedInPage(this.name, this.base, current[1].user));
  }

  private async login(res: ServerResponse) {
    const config = await this.client();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    this.pending.set(state, { verifier, state, nonce, expires: Date.now() + 10 * 60_000 });
    const to = oidc.buildAuthorizationUrl(config, {
      redirect_uri: `${this.publicUrl}${this.base}/callback`,
      scope: "openid profile email groups",
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    redirect(res, to.href);
  }

  private async callback(req: IncomingMessage, res: ServerResponse, url: URL) {
    const state = url.searchParams.get("state") ?? "";
    const pending = this.pending.get(state);
    this.pending.delete(state);
    if (url.searchParams.get("error")) {
      return send(
        res,
        400,
        errorPage(this.name, this.base, `Portalen svarte: ${url.searchParams.get("error")}`),
      );
    }
    if (!pending || pending.expires < Date.now()) {
      return send(res, 400, errorPage(this.name, this.base, "Ukjent eller utløpt innlogging."));
    }
    try {
      const config = await this.client();
      const tokens = await oidc.authorizationCodeGrant(
        config,
        new URL(`${this.publicUrl}${url.pathname}${url.search}`),
        {
          pkceCodeVerifier: pending.verifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        },
      );
      const claims = tokens.claims()!;
      const user: DemoUser = {
        sub: claims.sub,
        name: typeof claims.name === "string" ? claims.name : undefined,
        email: typeof claims.email === "string" ? claims.email : undefined,
        groups: asStrings(claims.groups),
        organisations: asStrings(claims.organisations),
        acr: typeof claims.acr === "string" ? claims.acr : undefined,
        amr: asStrings(claims.amr),
      };
      const id = randomBytes(24).toString("base64url");
      this.sessions.set(id, {
        sid: String(claims.sid ?? ""),
        sub: claims.sub,
        idToken: tokens.id_token!,
        user,
      });
      redirect(res, `${this.base}/`, {
        "set-cookie": `${this.cookieName}=${id}; Path=${this.base}; HttpOnly; SameSite=Lax`,
      });
    } catch (error) {
      send(
        res,
        400,
        errorPage(this.name, this.base, error instanceof Error ? error.message : "ukjent feil"),
      );
    }
  }

  /** The service's own logout also logs out of the portal (RP-initiated logout). */
  private async logout(req: IncomingMessage, res: ServerResponse) {
    const current = this.current(req);
    const clear = `${this.cookieName}=; Path=${this.base}; HttpOnly; SameSite=Lax; Max-Age=0`;
    if (!current) return redirect(res, `${this.base}/`, { "set-cookie": clear });
    this.sessions.delete(current[0]);
    const config = await this.client();
    const to = oidc.buildEndSessionUrl(config, {
      id_token_hint: current[1].idToken,
      post_logout_redirect_uri: `${this.publicUrl}${this.base}/`,
    });
    redirect(res, to.href, { "set-cookie": clear });
  }

  /** OpenID Connect Back-Channel Logout 1.0: a signed logout token ends the sessions it names. */
  private async backchannel(req: IncomingMessage, res: ServerResponse) {
    try {
      const form = await readForm(req);
      const config = await this.client();
      const metadata = config.serverMetadata();
      const jwks = createRemoteJWKSet(new URL(metadata.jwks_uri!));
      const { payload } = await jwtVerify(form.get("logout_token") ?? "", jwks, {
        issuer: metadata.issuer,
        audience: this.slug,
        typ: "logout+jwt",
        maxTokenAge: "5m",
      });
      const events = payload.events as Record<string, unknown> | undefined;
      if (!events || typeof events[EVENT] !== "object" || "nonce" in payload)
        throw new Error("not a logout token");
      if (!payload.sid && !payload.sub) throw new Error("no sid or sub");
      for (const [id, session] of this.sessions) {
        if (payload.sid ? session.sid === payload.sid : session.sub === payload.sub)
          this.sessions.delete(id);
      }
      res.writeHead(200, { "cache-control": "no-store" });
      res.end();
    } catch (error) {
      res.writeHead(400, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(
        JSON.stringify({ error: "invalid_request", error_description: (error as Error).message }),
      );
    }
  }
}

export type RunningDemoService = { url: string; close(): Promise<void> };

export async function startDemoService(opts: DemoServiceOptions): Promise<RunningDemoService> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const publicUrl = (opts.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, "");
  const apps = DEMO_SERVICES.map((s) => new DemoApp(s.slug, s.name, publicUrl, opts));

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", publicUrl);
    const app = apps.find((a) => url.pathname === a.base || url.pathname.startsWith(`${a.base}/`));
    if (!app) {
      const links = apps.map((a) => `<li><a href="${a.base}/">${a.name}</a></li>`).join("");
      return send(
        res,
        200,
        `<!doctype html><html lang="nb"><title>Demotjenester</title><ul>${links}</ul></html>`,
      );
    }
    if (url.pathname === app.base) return redirect(res, `${app.base}/`);
    app
      .handle(req, res, url.pathname.slice(app.base.length) || "/", url)
      .catch((error: unknown) => {
        console.error(`demo-service ${app.slug}:`, error);
        if (res.headersSent) return res.destroy();
        send(res, 502, errorPage(app.name, app.base, "Fikk ikke kontakt med portalen."));
      });
  });

  return {
    url: publicUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
