import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import {
  APP_URL,
  DIST_DIR,
  ensureSharedSecrets,
  IDPORTEN_PORT,
  ISSUER,
  PORTS,
} from "./reliability/support/env";

// npm run test:reliability, part two: two production instances of one build on one PostgreSQL,
// a load balancer and an email provider stub on loopback, PostgreSQL restarted mid-journey.
ensureSharedSecrets();

const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "reliability",
  testMatch: "*.spec.ts",
  // One journey at a time: they restart PostgreSQL and start instances of their own.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  outputDir: "test-results/reliability",
  use: {
    baseURL: APP_URL,
    locale: "nb-NO",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
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
        },
      },
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/idporten-test-provider.ts",
      url: `${ISSUER}/.well-known/openid-configuration`,
      env: {
        APP_ENV: "test",
        APP_URL,
        IDPORTEN_ISSUER: ISSUER,
        IDPORTEN_TEST_PORT: String(IDPORTEN_PORT),
      },
      reuseExistingServer: process.env.RELIABILITY_REUSE_SERVERS === "1",
      timeout: 60_000,
    },
    {
      command: "node --import tsx reliability/support/cluster.ts",
      url: `http://127.0.0.1:${PORTS.b}/api/helse`,
      env: { NEXT_DIST_DIR: DIST_DIR },
      reuseExistingServer: process.env.RELIABILITY_REUSE_SERVERS === "1",
      timeout: 400_000,
      stdout: "pipe",
    },
  ],
});
