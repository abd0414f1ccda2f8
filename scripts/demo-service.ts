/**
 * Demo relying party for development and tests (`npm run dev` starts it): plays
 * Sårbarhetsoversikt and Varsler fra sensorene, signing in through the portal.
 * Env: DEMO_SERVICE_PORT (3001), DEMO_SERVICE_URL, APP_URL (the portal), DEMO_CLIENT_SECRET.
 */
import { DEV_DEMO_CLIENT_SECRET, demoServiceUrl } from "../lib/demo-service/config";
import { startDemoService } from "../lib/demo-service/server";

async function main(): Promise<void> {
  if (process.env.APP_ENV === "production") {
    console.error("The demo service must never run with APP_ENV=production.");
    process.exit(1);
  }
  const publicUrl = demoServiceUrl();
  const port = Number(process.env.DEMO_SERVICE_PORT ?? new URL(publicUrl).port ?? 3001);
  const appUrl = (process.env.APP_URL ?? "http://localhost:3000")
    .split(",")[0]!
    .trim()
    .replace(/\/+$/, "");
  const running = await startDemoService({
    port,
    publicUrl,
    issuer: `${appUrl}/oidc`,
    clientSecret: process.env.DEMO_CLIENT_SECRET || DEV_DEMO_CLIENT_SECRET,
  });
  console.log(`Demo service: ${running.url} (signs in through ${appUrl}/oidc)`);
  const shutdown = () => void running.close().finally(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
