import { describe, expect, it } from "vitest";
import { authCookies, sessionCookieName, usesSecureCookies } from "./cookies";

describe("Auth.js cookies", () => {
  it("over https are __Host- prefixed, HttpOnly, Secure, SameSite=Lax, Path=/ and without Domain", () => {
    const cookies = authCookies("https://medlem.example.no");
    expect(Object.keys(cookies).sort()).toEqual(
      [
        "callbackUrl",
        "csrfToken",
        "nonce",
        "pkceCodeVerifier",
        "sessionToken",
        "state",
        "webauthnChallenge",
      ].sort(),
    );
    for (const cookie of Object.values(cookies)) {
      expect(cookie.name).toMatch(/^__Host-authjs\./);
      expect(cookie.options).toMatchObject({
        httpOnly: true,
        secure: true,
        sameSite: "lax",
        path: "/",
      });
      expect(cookie.options).not.toHaveProperty("domain");
    }
    expect(cookies.sessionToken!.name).toBe("__Host-authjs.session-token");
    expect(sessionCookieName("https://medlem.example.no")).toBe("__Host-authjs.session-token");
  });

  it("over plain http (development, the browser journeys) drop Secure and the prefix only", () => {
    expect(usesSecureCookies("http://localhost:3000")).toBe(false);
    const cookies = authCookies("http://localhost:3000");
    for (const cookie of Object.values(cookies)) {
      expect(cookie.name).toMatch(/^authjs\./);
      expect(cookie.options).toMatchObject({ httpOnly: true, secure: false, sameSite: "lax" });
    }
    expect(sessionCookieName("http://localhost:3000")).toBe("authjs.session-token");
  });

  it("keep the login helpers short-lived", () => {
    const cookies = authCookies("https://medlem.example.no");
    for (const key of ["state", "nonce", "pkceCodeVerifier"] as const) {
      expect(cookies[key]!.options!.maxAge).toBe(15 * 60);
    }
  });
});
