/** The demo services that sign in through the portal. Development and tests only; no imports. */
export const DEMO_SERVICES = [
  { slug: "sarbarhetsoversikt", name: "Sårbarhetsoversikt" },
  { slug: "varsler-fra-sensorene", name: "Varsler fra sensorene" },
] as const;

/** Client secret of the demo services. Development and tests only. */
export const DEV_DEMO_CLIENT_SECRET = "dev-only-demo-service-client-secret";

export function demoServiceUrl(env: NodeJS.ProcessEnv = process.env): string {
  const port = env.DEMO_SERVICE_PORT ?? "3001";
  return (env.DEMO_SERVICE_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
}
