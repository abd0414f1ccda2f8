import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { resetConfig } from "@/lib/config";
import { t } from "@/lib/i18n";
import { setupTestDatabase } from "@/lib/testing/db";
import { auditOf, makeUser } from "@/lib/testing/groups";

setupTestDatabase();

const caller = vi.hoisted(() => ({
  user: null as null | { id: string; name: string; role: string; registered: boolean },
  session: null as null | Record<string, unknown>,
  ip: "10.1.2.3",
}));

vi.mock("@/lib/auth/current-user", () => ({
  getCurrentSession: async () => caller.session,
  getCurrentUser: async () => caller.user,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-medlemsportalen-client-address": caller.ip }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("redirect"), { digest: `NEXT_REDIRECT;${to}`, to });
  },
}));

const { adminAction } = await import("./action");

let userId = "";

function login(role: "member" | "support", acr: string | null, minutesAgo = 1) {
  caller.user = { id: userId, name: "Siri", role, registered: true };
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  caller.session = {
    userId,
    sessionId: "s1",
    method: acr ? "idporten" : "passkey",
    acr,
    authenticatedAt: at,
    lastSeenAt: at,
  };
}

const handler = vi.fn(async () => ({ ok: true }));
const action = adminAction(z.object({ userId: z.string() }), handler, {
  returnTo: "/admin/brukere",
  name: "admin.test",
});
const form = () => {
  const data = new FormData();
  data.set("userId", "x");
  return data;
};

beforeEach(async () => {
  userId ||= await makeUser("Siri Support");
  handler.mockClear();
  caller.ip = "10.1.2.3";
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
    caller.ip = "192.0.2.10";
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
