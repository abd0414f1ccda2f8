import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditEvents } from "@/lib/db/schema";
import { setupTestDatabase } from "@/lib/testing/db";
import { auditActionLabel, AUDIT_ACTIONS } from "./actions";
import { recordAudit } from "./record";

setupTestDatabase();

describe("audit log", () => {
  it("refuses updates and deletes", async () => {
    await recordAudit({
      action: "logout",
      actor: { ip: null, userAgent: null },
      details: { n: 1 },
    });
    const db = getDb();
    await expect(db.update(auditEvents).set({ action: "login.succeeded" })).rejects.toThrow();
    await expect(db.delete(auditEvents)).rejects.toThrow();
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(auditEvents);
    expect(row!.count).toBe(1);
  });
});

describe("audit actions", () => {
  it("have a Norwegian label each, and an unknown name shows as written", () => {
    expect(AUDIT_ACTIONS).toContain("login.succeeded");
    for (const action of AUDIT_ACTIONS) expect(auditActionLabel(action)).not.toBe(action);
    expect(auditActionLabel("old.action")).toBe("old.action");
  });
});
