import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { setupTestDatabase } from "@/lib/testing/db";
import { makeUser } from "@/lib/testing/groups";

setupTestDatabase();

const harness = await vi.hoisted(() => import("@/lib/testing/action-caller"));
vi.mock("@/lib/auth/current-user", harness.currentUserModule);
// What server.mjs hands the app (caller.address), and what the client wrote itself.
vi.mock("next/headers", harness.headersModule);
vi.mock("next/navigation", harness.navigationModule);

const { caller } = harness;
const { userAction } = await import("./action");

const policy = { name: "t-action", limit: 2, windowSeconds: 600, per: "address" } as const;
const handler = vi.fn(async () => ({ ok: true }));
const action = userAction(z.object({}), handler, { limits: [policy] });

beforeEach(async () => {
  harness.signIn(await makeUser("Kari"), { acr: null });
  handler.mockClear();
});

describe("userAction's rate limits", () => {
  it("refuse past the limit with a Norwegian message and the wait, without running the handler", async () => {
    caller.address = "198.51.100.7";
    expect(await action({}, new FormData())).toEqual({ ok: true });
    expect(await action({}, new FormData())).toEqual({ ok: true });
    const refused = await action({}, new FormData());
    expect(refused.formError).toMatch(/^For mange forsøk på kort tid\. Vent \S+ minutter/);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("are not reset by a forged X-Forwarded-For", async () => {
    caller.address = "198.51.100.8";
    for (let i = 0; i < 2; i++) await action({}, new FormData());
    caller.headers = { "x-forwarded-for": "203.0.113.1" };
    const refused = await action({}, new FormData());
    expect(refused.formError).toMatch(/^For mange forsøk/);
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it("refuse a caller whose address is unknown instead of sharing one bucket", async () => {
    caller.address = null;
    const refused = await action({}, new FormData());
    expect(refused.formError).toMatch(/^For mange forsøk/);
    expect(handler).not.toHaveBeenCalled();
  });
});
