import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSyntheticNationalId } from "../identity/national-id";
import { startTestProvider, type RunningTestProvider } from "./provider";

const APP_URL = "http://localhost:3000";
const REDIRECT_URI = `${APP_URL}/api/auth/callback/idporten`;
const CLIENT = { clientId: "test-client", clientSecret: "test-secret-that-is-long-enough" };

let idp: RunningTestProvider;

beforeAll(async () => {
  idp = await startTestProvider({ port: 0, appUrls: [APP_URL], ...CLIENT });
});
afterAll(() => idp?.close());

/** Keeps cookies between requests, ignoring path and expiry: enough for one provider. */
class CookieJar {
  private cookies = new Map<string, string>();

  store(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value && !/expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

async function request(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("cookie", jar.header());
  const res = await fetch(new URL(url, idp.url), { ...init, headers, redirect: "manual" });
  jar.store(res);
  return res;
}

function form(fields: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  };
}

function authorizationUrl(extra: Record<string, string>): string {
  const params = new URLSearchParams({
    client_id: CLIENT.clientId,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: "openid profile",
    acr_values: "idporten-loa-substantial",
    ...extra,
  });
  return `/auth?${params}`;
}

function decodePayload(jwt: string): Record<string, unknown> {
  const [, payload = ""] = jwt.split(".");
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}

function tokenRequest(code: string, verifier: string): Promise<Response> {
  const basic = Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString("base64");
  return fetch(new URL("/token", idp.url), {
    method: "POST",
    headers: {
      authorization: `Basic ${basic}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    }),
  });
}

/** Starts an authorization with PKCE and returns the login page's path. */
async function startLogin(jar: CookieJar, state: string, nonce: string, verifier: string) {
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const res = await request(
    jar,
    authorizationUrl({ state, nonce, code_challenge: challenge, code_challenge_method: "S256" }),
  );
  expect(res.status).toBe(303);
  const location = res.headers.get("location") ?? "";
  expect(location).toMatch(/^\/interaction\/[\w-]+$/);
  return location;
}

describe("ID-porten test provider", () => {
  it("publishes discovery like ID-porten", async () => {
    const res = await fetch(new URL("/.well-known/openid-configuration", idp.url));
    const discovery = await res.json();
    expect(discovery.issuer).toBe(idp.url);
    for (const endpoint of [
      "authorization_endpoint",
      "token_endpoint",
      "jwks_uri",
      "end_session_endpoint",
    ]) {
      expect(discovery[endpoint]).toMatch(/^http:\/\/localhost:\d+\//);
    }
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
    expect(discovery.response_types_supported).toEqual(["code"]);
    expect(discovery.acr_values_supported).toContain("idporten-loa-high");
  });

  it("refuses an authorization request without PKCE", async () => {
    const res = await request(new CookieJar(), authorizationUrl({ state: "s1", nonce: "n1" }));
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get("error")).toBe("invalid_request");
    expect(location.searchParams.get("code")).toBeNull();
  });

  it("logs in with a synthetic number, issues a signed ID token once, and logs out", async () => {
    const jar = new CookieJar();
    const state = randomBytes(8).toString("hex");
    const nonce = randomBytes(8).toString("hex");
    const verifier = randomBytes(32).toString("base64url");
    const pid = makeSyntheticNationalId(new Date(Date.UTC(1985, 5, 12)), 234);

    const loginPath = await startLogin(jar, state, nonce, verifier);
    const page = await request(jar, loginPath);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<label for="pid">Fødselsnummer</label>');
    expect(html).toContain('<label for="acr">Sikkerhetsnivå</label>');
    expect(html).toContain(">Autentiser</button>");

    const tooShort = await request(
      jar,
      `${loginPath}/login`,
      form({ pid: "1234", acr: "idporten-loa-high" }),
    );
    expect(tooShort.status).toBe(400);
    const tooShortHtml = await tooShort.text();
    expect(tooShortHtml).toContain("Fødselsnummeret må være 11 siffer.");
    expect(tooShortHtml).toContain('aria-describedby="pid-error"');
    expect(tooShortHtml).toContain('value="1234"');

    const badChecksum = pid.slice(0, 10) + String((Number(pid[10]) + 1) % 10);
    const wrong = await request(
      jar,
      `${loginPath}/login`,
      form({ pid: badChecksum, acr: "idporten-loa-high" }),
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("kontrollsifrene stemmer ikke");

    const ok = await request(jar, `${loginPath}/login`, form({ pid, acr: "idporten-loa-high" }));
    expect(ok.status).toBe(303);
    const resumed = await request(jar, ok.headers.get("location") ?? "");
    expect(resumed.status).toBe(303);
    const callback = new URL(resumed.headers.get("location") ?? "");
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe(state);
    const code = callback.searchParams.get("code") ?? "";
    expect(code).not.toBe("");

    const tokenRes = await tokenRequest(code, verifier);
    expect(tokenRes.status).toBe(200);
    const tokens = await tokenRes.json();
    const [header = ""] = String(tokens.id_token).split(".");
    expect(JSON.parse(Buffer.from(header, "base64url").toString()).alg).toBe("RS256");
    const claims = decodePayload(tokens.id_token);
    expect(claims).toMatchObject({
      iss: idp.url,
      aud: CLIENT.clientId,
      pid,
      acr: "idporten-loa-high",
      amr: ["TestID"],
      nonce,
      locale: "nb",
    });
    expect(claims.sid).toEqual(expect.any(String));
    expect(claims.sub).toEqual(expect.any(String));
    expect(claims.sub).not.toBe(pid);

    const replay = await tokenRequest(code, verifier);
    expect(replay.status).toBe(400);
    expect((await replay.json()).error).toBe("invalid_grant");

    const logoutParams = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: `${APP_URL}/`,
      state: "bye",
    });
    const logout = await request(jar, `/session/end?${logoutParams}`);
    expect(logout.status).toBe(200);
    const logoutHtml = await logout.text();
    const frontchannel = new URL(
      `${APP_URL}/api/idporten/frontchannel-logout?iss=${encodeURIComponent(idp.url)}&sid=${encodeURIComponent(String(claims.sid))}`,
    );
    expect(logoutHtml).toContain(
      `<iframe src="${frontchannel.toString().replaceAll("&", "&amp;")}"`,
    );
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(logoutHtml)?.[1] ?? "";
    const confirmed = await request(jar, "/session/end/confirm", form({ xsrf, logout: "yes" }));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe(`${APP_URL}/?state=bye`);
  });

  it("reuses the session for the same level and asks again for a higher one", async () => {
    const jar = new CookieJar();
    const verifier = randomBytes(32).toString("base64url");
    const pid = makeSyntheticNationalId(new Date(Date.UTC(1970, 11, 1)), 400);
    const loginPath = await startLogin(jar, "first", "n1", verifier);
    const ok = await request(
      jar,
      `${loginPath}/login`,
      form({ pid, acr: "idporten-loa-substantial" }),
    );
    await request(jar, ok.headers.get("location") ?? "");

    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const pkce = { code_challenge: challenge, code_challenge_method: "S256", nonce: "n2" };
    const same = await request(jar, authorizationUrl({ ...pkce, state: "same" }));
    expect(
      new URL(same.headers.get("location") ?? "", idp.url).searchParams.get("code"),
    ).toBeTruthy();

    const higher = await request(
      jar,
      authorizationUrl({ ...pkce, state: "higher", acr_values: "idporten-loa-high" }),
    );
    const location = higher.headers.get("location") ?? "";
    expect(location).toMatch(/^\/interaction\//);
    const page = await (await request(jar, location)).text();
    expect(page).toContain('<option value="idporten-loa-high" selected>');
  });

  it("returns access_denied when the user cancels", async () => {
    const jar = new CookieJar();
    const loginPath = await startLogin(jar, "cancel", "n", randomBytes(32).toString("base64url"));
    const aborted = await request(jar, `${loginPath}/abort`, form({}));
    expect(aborted.status).toBe(303);
    const resumed = await request(jar, aborted.headers.get("location") ?? "");
    const callback = new URL(resumed.headers.get("location") ?? "");
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(callback.searchParams.get("state")).toBe("cancel");
  });
});
