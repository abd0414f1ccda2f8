import { describe, expect, it } from "vitest";
import { nonceOf } from "./csp";
import { preparePageRequest, RETURN_PATH_HEADER } from "./page-request.mjs";

const settings = { dev: false, idportenIssuer: "https://idporten.no" };

function request(url: string, headers: Record<string, string> = {}, method = "GET") {
  return { method, url, headers: { ...headers } as Record<string, string | undefined> };
}

describe("preparePageRequest", () => {
  it("sends a page behind login without any session cookie to /logg-inn, with the way back", () => {
    expect(preparePageRequest(request("/profil/passnokler?legg-til=1"), settings)).toEqual({
      redirectTo: "/logg-inn?callbackUrl=%2Fprofil%2Fpassnokler%3Flegg-til%3D1",
    });
    expect(preparePageRequest(request("/oversikt", { cookie: "sprak=en" }), settings)).toEqual({
      redirectTo: "/logg-inn?callbackUrl=%2Foversikt",
    });
  });

  it("lets a session cookie through (the page checks it) and tells the page where it is", () => {
    const req = request("/medlemsgrupper?q=helse", {
      cookie: "sprak=nb; __Host-authjs.session-token=abc",
      [RETURN_PATH_HEADER]: "/forfalsket",
    });
    const prepared = preparePageRequest(req, settings);
    expect(prepared).toHaveProperty("csp");
    expect(req.headers[RETURN_PATH_HEADER]).toBe("/medlemsgrupper?q=helse");
    expect(req.headers["content-security-policy"]).toBe((prepared as { csp: string }).csp);
  });

  it("lets a server action through without a cookie: it answers for itself", () => {
    const prepared = preparePageRequest(
      request("/profil", { "next-action": "7f00" }, "POST"),
      settings,
    );
    expect(prepared).toHaveProperty("csp");
  });

  it("gives every page a policy with a fresh nonce, and drops a client's return path", () => {
    const first = request("/", { [RETURN_PATH_HEADER]: "/admin" });
    const a = preparePageRequest(first, settings) as { csp: string };
    const b = preparePageRequest(request("/"), settings) as { csp: string };
    expect(nonceOf(a.csp)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(a.csp)).not.toBe(nonceOf(b.csp));
    expect(first.headers[RETURN_PATH_HEADER]).toBeUndefined();
    expect(preparePageRequest(request("/oidc/interaction/abc"), settings)).toHaveProperty("csp");
  });

  it("leaves route handlers, built files and the provider's own routes alone", () => {
    for (const url of ["/api/okt", "/_next/static/x.js", "/favicon.ico", "/oidc/auth?x=1"]) {
      const req = request(url, { [RETURN_PATH_HEADER]: "/admin" });
      expect(preparePageRequest(req, settings), url).toBeNull();
      expect(req.headers[RETURN_PATH_HEADER], url).toBeUndefined();
      expect(req.headers["content-security-policy"], url).toBeUndefined();
    }
  });
});
