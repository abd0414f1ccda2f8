/**
 * Local ID-porten (TestID) for development and tests: `npm run dev:idporten`.
 * Env: IDPORTEN_TEST_PORT (4000), IDPORTEN_ISSUER, APP_URL (comma-separated list allowed),
 * IDPORTEN_CLIENT_ID / IDPORTEN_CLIENT_SECRET.
 */
import { DEV_IDPORTEN_CLIENT } from "../lib/config/index";
import { startTestProvider } from "../lib/idporten-test/provider";

async function main(): Promise<void> {
  if (process.env.APP_ENV === "production") {
    console.error("The ID-porten test provider must never run with APP_ENV=production.");
    process.exit(1);
  }

  const port = Number(process.env.IDPORTEN_TEST_PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`IDPORTEN_TEST_PORT is not a port: ${process.env.IDPORTEN_TEST_PORT}`);
  }
  const appUrls = (process.env.APP_URL ?? "http://localhost:3000")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);

  const running = await startTestProvider({
    port,
    issuer: process.env.IDPORTEN_ISSUER || `http://localhost:${port}`,
    appUrls,
    clientId: process.env.IDPORTEN_CLIENT_ID || DEV_IDPORTEN_CLIENT.clientId,
    clientSecret: process.env.IDPORTEN_CLIENT_SECRET || DEV_IDPORTEN_CLIENT.clientSecret,
    host: process.env.IDPORTEN_TEST_HOST || undefined,
  });
  console.log(`ID-porten test provider: ${running.url} (clients at ${appUrls.join(", ")})`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
