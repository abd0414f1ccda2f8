import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { oidcModels } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { makeClientService } from "@/lib/testing/oidc";
import { deleteExpiredOidcModels, PostgresAdapter } from "./adapter";

setupTestDatabase();

afterEach(() => {
  vi.useRealTimers();
});

describe("the provider's PostgreSQL adapter", () => {
  it("stores, finds and replaces a model, and another adapter instance sees it", async () => {
    const codes = new PostgresAdapter("AuthorizationCode");
    await codes.upsert("code-1", { accountId: "a", grantId: "g-1", clientId: "c" }, 60);
    // A second instance (another app instance in production) reads the same row.
    expect(await new PostgresAdapter("AuthorizationCode").find("code-1")).toMatchObject({
      accountId: "a",
      grantId: "g-1",
    });
    await codes.upsert("code-1", { accountId: "b", grantId: "g-1" }, 60);
    expect(await codes.find("code-1")).toMatchObject({ accountId: "b" });
    // Kinds are separate namespaces.
    expect(await new PostgresAdapter("AccessToken").find("code-1")).toBeUndefined();
  });

  it("marks a consumed model, so a code can be used only once", async () => {
    const codes = new PostgresAdapter("AuthorizationCode");
    await codes.upsert("code-2", { grantId: "g-2" }, 60);
    expect((await codes.find("code-2"))?.consumed).toBeUndefined();
    await codes.consume("code-2");
    expect((await codes.find("code-2"))?.consumed).toEqual(expect.any(Number));
  });

  it("finds sessions by uid and device codes by user code", async () => {
    const sessions = new PostgresAdapter("Session");
    await sessions.upsert("s-1", { uid: "uid-1", accountId: "a" }, 60);
    expect(await sessions.findByUid("uid-1")).toMatchObject({ accountId: "a" });
    expect(await sessions.findByUid("uid-x")).toBeUndefined();
    const devices = new PostgresAdapter("DeviceCode");
    await devices.upsert("d-1", { userCode: "ABCD-EFGH" }, 60);
    expect(await devices.findByUserCode("ABCD-EFGH")).toMatchObject({ userCode: "ABCD-EFGH" });
  });

  it("forgets a model after its expiry, and housekeeping removes the row", async () => {
    const tokens = new PostgresAdapter("AccessToken");
    await tokens.upsert("t-1", { grantId: "g-3" }, 1);
    expect(await tokens.find("t-1")).toBeDefined();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 5_000);
    expect(await tokens.find("t-1")).toBeUndefined();
    expect(await deleteExpiredOidcModels()).toBeGreaterThanOrEqual(1);
    expect(await getDb().select().from(oidcModels).where(eq(oidcModels.id, "t-1"))).toEqual([]);
  });

  it("destroys one model and revokes everything issued under a grant", async () => {
    await new PostgresAdapter("AccessToken").upsert("t-2", { grantId: "g-4" }, 60);
    await new PostgresAdapter("AuthorizationCode").upsert("c-2", { grantId: "g-4" }, 60);
    await new PostgresAdapter("AccessToken").upsert("t-3", { grantId: "other" }, 60);
    await new PostgresAdapter("AccessToken").revokeByGrantId("g-4");
    expect(await new PostgresAdapter("AccessToken").find("t-2")).toBeUndefined();
    expect(await new PostgresAdapter("AuthorizationCode").find("c-2")).toBeUndefined();
    expect(await new PostgresAdapter("AccessToken").find("t-3")).toBeDefined();
    await new PostgresAdapter("AccessToken").destroy("t-3");
    expect(await new PostgresAdapter("AccessToken").find("t-3")).toBeUndefined();
  });

  it("serves clients from the registry and refuses to store them", async () => {
    const { clientId, redirectUri } = await makeClientService({ offeredToAll: true });
    const clients = new PostgresAdapter("Client");
    expect(await clients.find(clientId)).toMatchObject({
      client_id: clientId,
      redirect_uris: [redirectUri],
      token_endpoint_auth_method: "client_secret_basic",
      subject_type: "pairwise",
    });
    expect(await clients.find("unknown-client")).toBeUndefined();
    await expect(clients.upsert("x", { client_id: "x" })).rejects.toThrow();
  });
});
