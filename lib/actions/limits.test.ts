import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { setupTestDatabase } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/groups";

setupTestDatabase();

const caller = vi.hoisted(() => ({
  user: null as null | { id: string; name: string; role: string; registered: boolean },
  ip: "198.51.100.7" as string | null,
  forwardedFor: "",
}));

vi.mock("@/lib/auth/current-user", () => ({
  getCurrentSession: async () =>
    caller.user ? { userId: caller.user.id, sessionId: "s1", method: "idporten", acr: null } : null,
  getCurrentUser: async () => caller.user,
}));
// What server.mjs hands the app, and what the client wrote itself.
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      ...(caller.ip ? { "x-medlemsportalen-client-address": caller.ip } : {}),
      "x-forwarded-for": caller.forwardedFor,
    }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("redirect"), { digest: `NEXT_REDIRECT;${to}` });
  },
}));

const { userAction } = await import("./action");

const policy = { name: "t-action", limit: 2, windowSeconds: 600, per: "address" } as const;
const handler = vi.fn(async () => ({ ok: true }));
const action = userAction(z.object({}), handler, { limits: [policy] });

beforeEach(async () => {
  caller.user = { id: await makeUser("Kari"), name: "Kari", role: "member", registered: true };
  handler.mockClear();
});

describe("userAction's rate limits", () => {
  it("refuse past the limit with a Norwegian message and the wait, without running the handler", async () => {
    caller.ip = "198.51.100.7";
    expect(await action({}, new FormData())).toEqual({ ok: true });
    expect(await action({}, new FormData())).toEqual({ ok: true });
    const refused = await action({}, new FormData());
    expect(refused.formError).toMatch(/^For mange forsøk på kort tid\. Vent \S+ minutter/);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("are not reset by a forged X-Forwarded-For", async () => {
    caller.ip = "198.51.100.8";
    for (let i = 0; i < 2; i++) await action({}, new FormData());
    caller.forwardedFor = "203.0.113.1";
    const refused = await action({}, new FormData());
    expect(refused.formError).toMatch(/^For mange forsøk/);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("refuse a caller whose address is unknown instead of sharing one bucket", async () => {
    caller.ip = null;
    const refused = await action({}, new FormData());
    expect(refused.formError).toMatch(/^For mange forsøk/);
    expect(handler).not.toHaveBeenCalled();
  });
});
