import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
};

describe("configuration", () => {
  it("refuses to start in production without real secrets and a real ID-porten", () => {
    expect(() => loadConfig({ APP_ENV: "production" } as unknown as NodeJS.ProcessEnv)).toThrow(
      /kan ikke starte i produksjon/,
    );
    for (const missing of ["AUTH_SECRET", "PID_HMAC_KEY", "IDPORTEN_CLIENT_ID", "DATABASE_URL"]) {
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
  });

  it("starts in production with everything set", () => {
    const cfg = loadConfig(realProduction as unknown as NodeJS.ProcessEnv);
    expect(cfg.appEnv).toBe("production");
    expect(cfg.idporten.issuer).toBe("https://idporten.no");
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
  });
});
