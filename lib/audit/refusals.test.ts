import { describe, expect, it } from "vitest";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { setupTestDatabase } from "@/lib/testing/db";
import { auditOf } from "@/lib/testing/groups";
import { recordRefusal, withinAuditCap } from "./refusals";

setupTestDatabase();

describe("recordRefusal", () => {
  it("writes one access.refused row per refusal, up to the per-caller cap, then stops", async () => {
    const { limit } = RATE_LIMITS.refusalAuditPerCaller;
    const origin = { ip: "198.51.100.7", userAgent: "curl" };
    for (let i = 0; i < limit + 5; i++) {
      await recordRefusal({ actor: origin, reason: "no-session", attempted: "probe" });
    }
    const rows = (await auditOf("access.refused")).filter((r) => r.ip === "198.51.100.7");
    expect(rows).toHaveLength(limit);
    expect(rows[0]).toMatchObject({ actorUserId: null, details: { reason: "no-session" } });

    // Another address has a cap of its own.
    await recordRefusal({ actor: { ip: "198.51.100.8", userAgent: null }, reason: "no-session" });
    expect((await auditOf("access.refused")).filter((r) => r.ip === "198.51.100.8")).toHaveLength(
      1,
    );
  });
});

describe("withinAuditCap", () => {
  it("gives failed logins a cap of their own per address", async () => {
    const { limit } = RATE_LIMITS.refusalAuditPerCaller;
    const origin = { ip: "198.51.100.20", userAgent: null };
    const answers: boolean[] = [];
    for (let i = 0; i < limit + 3; i++) answers.push(await withinAuditCap(origin, "login-failed"));
    expect(answers.filter(Boolean)).toHaveLength(limit);
    expect(answers.slice(-3)).toEqual([false, false, false]);
    // Refusals from the same address are counted apart.
    expect(await withinAuditCap(origin)).toBe(true);
  });
});
