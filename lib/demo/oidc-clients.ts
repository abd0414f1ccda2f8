import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { services } from "@/lib/db/schema";
import { DEMO_SERVICES, DEV_DEMO_CLIENT_SECRET, demoServiceUrl } from "@/lib/demo-service/config";
import { seedClient } from "@/lib/oidc/clients";

/** Registers the demo services as clients of the portal's provider, at the demo's address. */
export async function seedDemoClients(tx: Tx): Promise<void> {
  const base = demoServiceUrl();
  for (const { slug } of DEMO_SERVICES) {
    const [service] = await tx
      .select({ id: services.id })
      .from(services)
      .where(eq(services.slug, slug));
    if (!service) continue;
    await seedClient(
      tx,
      service.id,
      {
        clientId: slug,
        enabled: true,
        redirectUris: [`${base}/${slug}/callback`],
        postLogoutRedirectUris: [`${base}/${slug}/`],
        backchannelLogoutUri: `${base}/${slug}/backchannel-logout`,
        initiateLoginUri: `${base}/${slug}/login`,
        authMethod: "client_secret_basic",
        scopes: "openid profile email groups",
      },
      DEV_DEMO_CLIENT_SECRET,
    );
  }
}
