import { defineConfig, devices } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
const idportenPort = Number(process.env.E2E_IDPORTEN_PORT ?? 4100);
const demoPort = Number(process.env.E2E_DEMO_PORT ?? idportenPort + 1);
export const APP_URL = `http://localhost:${appPort}`;
const ISSUER = `http://localhost:${idportenPort}`;
export const DEMO_URL = `http://localhost:${demoPort}`;

// Test-only secrets, new for every run (workers inherit them from the main process).
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.E2E_PID_HMAC_KEY ??= randomBytes(32).toString("base64url");

const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const launchOptions = {
  executablePath: chromiumPath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const serverEnv = {
  APP_ENV: "test",
  APP_URL,
  IDPORTEN_ISSUER: ISSUER,
  IDPORTEN_TEST_PORT: String(idportenPort),
  AUTH_SECRET: process.env.E2E_AUTH_SECRET,
  PID_HMAC_KEY: process.env.E2E_PID_HMAC_KEY,
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
  E2E_APP_PORT: String(appPort),
  DEMO_SERVICE_URL: DEMO_URL,
  DEMO_SERVICE_PORT: String(demoPort),
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_URL,
    locale: "nb-NO",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      // The main journeys (tagged @journey) again on a phone: 375 px wide, touch, Android.
      name: "phone",
      grep: /@journey/,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 375, height: 812 },
        launchOptions,
      },
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/idporten-test-provider.ts",
      url: `${ISSUER}/.well-known/openid-configuration`,
      env: serverEnv,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The demo relying party: discovers the portal's provider on first use.
      command: "npx tsx scripts/demo-service.ts",
      url: `${DEMO_URL}/`,
      env: serverEnv,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: "node scripts/e2e-server.mjs",
      url: `${APP_URL}/hjelp`,
      env: serverEnv,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: "pipe",
    },
  ],
});
