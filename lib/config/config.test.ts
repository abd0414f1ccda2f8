import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateSigningKey } from "../oidc/keys";
import { loadConfig } from "./index";

const realProduction = {
  APP_ENV: "production",
  APP_URL: "https://medlem.example.no",
  AUTH_SECRET: "a".repeat(40),
  PID_HMAC_KEY: "b".repeat(40),
  IDPORTEN_ISSUER: "https://idporten.no",
  IDPORTEN_CLIENT_ID: "klient",
  IDPORTEN_CLIENT_SECRET: "hemmelig",
  DATABASE_URL: "postgres://db/medlem",
  EMAIL_FROM: "Medlemsportalen <ikke-svar@example.no>",
  RESEND_API_KEY: "re_test_key",
  OIDC_JWKS: JSON.stringify({ keys: [generateSigningKey()] }),
};

describe("configuration", () => {
  it("refuses to start in production without real secrets and a real ID-porten", () => {
    expect(() => loadConfig({ APP_ENV: "production" } as unknown as NodeJS.ProcessEnv)).toThrow(
      /kan ikke starte i produksjon/,
    );
    for (const missing of [
      "AUTH_SECRET",
      "PID_HMAC_KEY",
      "IDPORTEN_CLIENT_ID",
      "DATABASE_URL",
      "OIDC_JWKS",
      "RESEND_API_KEY",
    ]) {
      const env = { ...realProduction, [missing]: undefined } as unknown as NodeJS.ProcessEnv;
      expect(() => loadConfig(env), missing).toThrow(missing);
    }
    const local = {
      ...realProduction,
      IDPORTEN_ISSUER: "http://localhost:4000",
    } as unknown as NodeJS.ProcessEnv;
    expect(() => loadConfig(local)).toThrow(/IDPORTEN_ISSUER/);
    const shortSecret = { ...realProduction, AUTH_SECRET: "kort" } as unknown as NodeJS.ProcessEnv;
    expect(() => loadConfig(shortSecret)).toThrow(/AUTH_SECRET/);
    // Without an email provider codes would never leave the outbox.
    const noEmail = { ...realProduction, RESEND_API_KEY: "" } as unknown as NodeJS.ProcessEnv;
    expect(() => loadConfig(noEmail)).toThrow(/RESEND_API_KEY: kreves i produksjon/);
  });

  it("refuses OpenID Connect keys that are public, unnamed or not JSON", () => {
    const publicKey: Record<string, unknown> = { ...generateSigningKey() };
    delete publicKey.d;
    const unnamed: Record<string, unknown> = { ...generateSigningKey() };
    delete unnamed.kid;
    for (const OIDC_JWKS of [
      "not json",
      JSON.stringify({ keys: [] }),
      JSON.stringify({ keys: [publicKey] }),
      JSON.stringify({ keys: [unnamed] }),
    ]) {
      const env = { ...realProduction, OIDC_JWKS } as unknown as NodeJS.ProcessEnv;
      expect(() => loadConfig(env), OIDC_JWKS).toThrow(/OIDC_JWKS/);
    }
  });

  it("starts in production with everything set", () => {
    const cfg = loadConfig(realProduction as unknown as NodeJS.ProcessEnv);
    expect(cfg.appEnv).toBe("production");
    expect(cfg.idporten.issuer).toBe("https://idporten.no");
    expect(cfg.oidcJwks()).toHaveLength(1);
  });

  it("treats next start (NODE_ENV=production) as production unless APP_ENV says otherwise", () => {
    expect(() => loadConfig({ NODE_ENV: "production" } as unknown as NodeJS.ProcessEnv)).toThrow();
  });

  it("generates clearly marked development secrets once and keeps them", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mp-config-"));
    const env = { APP_ENV: "development", DATA_DIR: dir } as unknown as NodeJS.ProcessEnv;
    const first = loadConfig(env);
    const second = loadConfig(env);
    expect(first.authSecret).toHaveLength(43);
    expect(second.authSecret).toBe(first.authSecret);
    expect(first.idporten.issuer).toBe("http://localhost:4000");
    expect(readFileSync(path.join(dir, "dev-secrets.json"), "utf8")).toContain("DEVELOPMENT ONLY");
    expect(second.oidcJwks()).toEqual(first.oidcJwks());
    expect(readFileSync(path.join(dir, "oidc-jwks.json"), "utf8")).toContain("DEVELOPMENT ONLY");
  });

  it("reads the pool and email settings, and refuses ones that cannot work", () => {
    const env = (extra: Record<string, string>) =>
      ({ ...realProduction, ...extra }) as unknown as NodeJS.ProcessEnv;
    const defaults = loadConfig(env({}));
    expect(defaults.database).toEqual({
      poolSize: 10,
      poolTimeoutMs: 3000,
      connectTimeoutSeconds: 5,
      statementTimeoutMs: 15000,
    });
    expect(defaults.resendBaseUrl).toBe("https://api.resend.com");
    expect(loadConfig(env({ DATABASE_POOL_SIZE: "3" })).database.poolSize).toBe(3);
    expect(() => loadConfig(env({ RESEND_BASE_URL: "http://127.0.0.1:9" }))).toThrow(
      /RESEND_BASE_URL/,
    );
    expect(() => loadConfig(env({ DATABASE_POOL_SIZE: "0" }))).toThrow(/DATABASE_POOL_SIZE/);
    expect(() =>
      loadConfig(env({ EMAIL_LEASE_SECONDS: "5", EMAIL_SEND_TIMEOUT_MS: "10000" })),
    ).toThrow(/EMAIL_LEASE_SECONDS/);
    // Outside production a local stub may stand in for the email provider.
    const local = {
      APP_ENV: "test",
      AUTH_SECRET: "c".repeat(40),
      PID_HMAC_KEY: "d".repeat(40),
      RESEND_BASE_URL: "http://127.0.0.1:9/",
    };
    expect(loadConfig(local as unknown as NodeJS.ProcessEnv).resendBaseUrl).toBe(
      "http://127.0.0.1:9",
    );
  });
});
