import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { oidcClients, services } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { actorFor, auditOf, makeUser } from "@/lib/testing/groups";
import {
  clientInputSchema,
  clientMetadata,
  saveServiceClient,
  verifyClientSecret,
} from "./clients";
import { hashClientSecret } from "./subject";

setupTestDatabase();

const form = {
  enabled: true,
  redirectUris: "https://svc.example.no/callback\nhttps://svc.example.no/cb2",
  postLogoutRedirectUris: "https://svc.example.no/",
  backchannelLogoutUri: "https://svc.example.no/backchannel",
  initiateLoginUri: "",
  authMethod: "client_secret_basic" as const,
  jwksUri: "",
  scopes: ["openid", "groups"] as Array<"openid" | "groups">,
};

async function newService(slug: string) {
  const [row] = await getDb()
    .insert(services)
    .values({ slug, name: `Tjeneste ${slug}` })
    .returning();
  return row!;
}

describe("the client registry", () => {
  it("accepts only https addresses in production, and http://localhost elsewhere", () => {
    const production = clientInputSchema(true);
    const development = clientInputSchema(false);
    const local = { ...form, redirectUris: "http://localhost:3001/callback" };
    expect(production.safeParse(form).success).toBe(true);
    expect(production.safeParse(local).success).toBe(false);
    expect(development.safeParse(local).success).toBe(true);
    for (const bad of [
      "http://svc.example.no/cb",
      "https://svc.example.no/cb#x",
      "not a url",
      "",
    ]) {
      expect(development.safeParse({ ...form, redirectUris: bad }).success, bad).toBe(false);
    }
    expect(
      development.safeParse({ ...form, backchannelLogoutUri: "http://evil.example/x" }).success,
    ).toBe(false);
    expect(development.safeParse({ ...form, scopes: ["groups"] }).success).toBe(false);
    expect(development.safeParse({ ...form, authMethod: "private_key_jwt" }).success).toBe(false);
  });

  it("registers a service with a secret shown once and kept only as a hash", async () => {
    const service = await newService("registrert");
    const support = await makeUser("Siri Support");
    const input = clientInputSchema(false).parse(form);
    const { clientId, secret } = await saveServiceClient(actorFor(support), service.id, input);
    expect(clientId).toBe("registrert");
    expect(secret).toHaveLength(43);
    const [row] = await getDb()
      .select()
      .from(oidcClients)
      .where(eq(oidcClients.serviceId, service.id));
    expect(row!.secretHash).toBe(hashClientSecret(secret!));
    expect(JSON.stringify(row)).not.toContain(secret!);
    expect(await verifyClientSecret(clientId, secret!)).toBe(true);
    expect(await verifyClientSecret(clientId, "guess")).toBe(false);

    // Saving again keeps the secret and shows none.
    const again = await saveServiceClient(actorFor(support), service.id, {
      ...input,
      scopes: ["openid"],
    });
    expect(again.secret).toBeNull();
    expect(await verifyClientSecret(clientId, secret!)).toBe(true);
    expect((await clientMetadata(clientId))?.scope).toBe("openid");
    const audited = await auditOf("oidc.client_saved");
    expect(audited.filter((a) => a.targetId === service.id)).toHaveLength(2);
  });

  it("turning the switch off makes the provider forget the client", async () => {
    const service = await newService("avslatt");
    const support = await makeUser("Siri Support");
    const input = clientInputSchema(false).parse(form);
    await saveServiceClient(actorFor(support), service.id, input);
    expect(await clientMetadata("avslatt")).toBeDefined();
    await saveServiceClient(actorFor(support), service.id, { ...input, enabled: false });
    expect(await clientMetadata("avslatt")).toBeUndefined();
  });
});
