import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record";
import { setupTestDatabase } from "@/lib/testing/db";
import { getDb } from "./client";
import { auditEvents, groupDomains, memberGroups, memberships, users } from "./schema";
import { seedDemoData } from "./seed";

setupTestDatabase();

describe("demo data", () => {
  it("loads the groups, domains and people of DESIGN.md and can run twice", async () => {
    await seedDemoData();
    await seedDemoData();
    const db = getDb();
    const groups = await db.select().from(memberGroups).orderBy(memberGroups.name);
    expect(groups.map((g) => [g.name, g.joinPolicy])).toEqual([
      ["Demo kommune", "automatic"],
      ["Helse Demo HF", "automatic"],
      ["Sikkerhetsforum for helse", "request"],
    ]);
    const domains = await db.select({ d: groupDomains.domain }).from(groupDomains);
    expect(domains.map((r) => r.d).sort()).toEqual(["demo-kommune.no", "helse-demo.no"]);
    const admins = await db.select().from(memberships).where(eq(memberships.role, "admin"));
    expect(admins).toHaveLength(2);
    const support = await db.select().from(users).where(eq(users.role, "support"));
    expect(support).toHaveLength(1);
  });

  it("never stores a national identity number in clear text", async () => {
    const rows = await getDb().select({ pidHash: users.pidHash }).from(users);
    for (const row of rows) {
      expect(row.pidHash).not.toMatch(/^\d{11}$/);
      expect(row.pidHash).not.toContain("15857520170");
    }
  });
});

describe("audit log", () => {
  it("refuses updates and deletes", async () => {
    await recordAudit({ action: "test.event", details: { n: 1 } });
    const db = getDb();
    await expect(db.update(auditEvents).set({ action: "changed" })).rejects.toThrow();
    await expect(db.delete(auditEvents)).rejects.toThrow();
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(auditEvents);
    expect(row!.count).toBe(1);
  });
});
