import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { resetConfig } from "@/lib/config";
import { t } from "@/lib/i18n";
import { setupTestDatabase } from "@/lib/testing/db";
import { auditOf, makeUser } from "@/lib/testing/groups";

setupTestDatabase();

const harness = await vi.hoisted(() => import("@/lib/testing/action-caller"));
vi.mock("@/lib/auth/current-user", harness.currentUserModule);
vi.mock("next/headers", harness.headersModule);
vi.mock("next/navigation", harness.navigationModule);

const { adminAction } = await import("./action");

let userId = "";

const { caller } = harness;
function login(role: "member" | "support", acr: string | null, minutesAgo = 1) {
  harness.signIn(userId, {
    name: "Siri",
    role,
    method: acr ? "idporten" : "passkey",
    acr,
    minutesAgo,
  });
}

const handler = vi.fn(async () => ({ ok: true }));
const action = adminAction(z.object({ userId: z.string() }), handler, {
  returnTo: "/admin/brukere",
  name: "admin.test",
});
const form = () => harness.form({ userId: "x" });

beforeEach(async () => {
  userId ||= await makeUser("Siri Support");
  handler.mockClear();
  caller.address = "10.1.2.3";
  delete process.env.ADMIN_NETWORKS;
  resetConfig();
});
afterEach(() => {
  delete process.env.ADMIN_NETWORKS;
  resetConfig();
});

describe("adminAction: the checks every admin server action runs", () => {
  it("refuses a member even with a high login, without running the handler", async () => {
    login("member", "idporten-loa-high");
    const before = (await auditOf("access.refused")).length;
    expect(await action({}, form())).toEqual({ formError: t.common.errors.forbidden });
    expect(handler).not.toHaveBeenCalled();
    const refusals = await auditOf("access.refused");
    expect(refusals).toHaveLength(before + 1);
    expect(refusals.at(-1)).toMatchObject({
      actorUserId: userId,
      details: { reason: "role", attempted: "admin.test" },
    });
  });

  it("refuses support staff whose login is not phishing-resistant", async () => {
    login("support", "idporten-loa-substantial");
    const state = await action({}, form());
    expect(state.formError).toBe(t.admin.denied["phishing-resistant"].title);
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses an address outside the configured admin networks", async () => {
    process.env.ADMIN_NETWORKS = "192.0.2.0/24, 2001:db8::/32";
    resetConfig();
    login("support", "idporten-loa-high");
    expect((await action({}, form())).formError).toBe(t.admin.denied.network.title);
    expect((await auditOf("access.refused")).at(-1)).toMatchObject({
      actorUserId: userId,
      ip: "10.1.2.3",
      details: { reason: "admin:network" },
    });
    caller.address = "192.0.2.10";
    expect(await action({}, form())).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("sends a login older than 15 minutes to step-up first", async () => {
    login("support", null, 20);
    await expect(action({}, form())).rejects.toMatchObject({
      digest: expect.stringContaining("bekreft=1"),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the handler for support staff with a fresh passkey login, with the caller's address", async () => {
    login("support", null);
    expect(await action({}, form())).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith(
      { userId: "x" },
      expect.objectContaining({ actor: { userId, ip: "10.1.2.3", userAgent: null } }),
    );
  });
});
