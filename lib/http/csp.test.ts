import { describe, expect, it } from "vitest";
import { frontchannelCsp, nonceOf, pageCsp, providerCsp, withFormAction } from "./csp";

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp.split(";").map((d) => {
      const [name = "", ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe("Content-Security-Policy", () => {
  it("lets the portal's pages run only scripts with this response's nonce", () => {
    const csp = directives(
      pageCsp({ nonce: "abc123", dev: false, idportenIssuer: "https://idporten.no/" }),
    );
    expect(csp["script-src"]).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'", "https://idporten.no"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
    expect(csp["script-src"]).not.toContain("'unsafe-eval'");
  });

  it("allows eval only in development, where React needs it", () => {
    const csp = directives(
      pageCsp({ nonce: "n", dev: true, idportenIssuer: "http://localhost:4000" }),
    );
    expect(csp["script-src"]).toContain("'unsafe-eval'");
    expect(csp["form-action"]).toEqual(["'self'", "http://localhost:4000"]);
  });

  it("lets only the ID-porten issuer frame the front-channel logout", () => {
    const csp = directives(frontchannelCsp("https://idporten.no"));
    expect(csp["frame-ancestors"]).toEqual(["https://idporten.no"]);
    expect(csp["default-src"]).toEqual(["'none'"]);
  });

  it("lets the provider's pages post only to the portal and the client they answer", () => {
    const base = providerCsp();
    expect(directives(base)["form-action"]).toEqual(["'self'"]);
    const widened = directives(
      withFormAction(base, ["https://rp.example.no/cb", "https://rp.example.no/ut", "not a url"]),
    );
    expect(widened["form-action"]).toEqual(["'self'", "https://rp.example.no"]);
    expect(widened["frame-ancestors"]).toEqual(["'none'"]);
  });

  it("reads the nonce back from a policy", () => {
    expect(nonceOf(pageCsp({ nonce: "Zm9v", dev: false, idportenIssuer: "https://x.no" }))).toBe(
      "Zm9v",
    );
    expect(nonceOf(null)).toBeNull();
  });
});
