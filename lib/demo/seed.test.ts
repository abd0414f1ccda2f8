import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/testing/db";
import { getDb } from "@/lib/db/client";
import { isValidOrgNumber } from "@/lib/admin/org-number";
import { groupDomains, memberGroups, memberships, organisations, users } from "@/lib/db/schema";
import { seedDemoData } from "./seed";

setupTestDatabase();

describe("demo data", () => {
  it("loads the demo groups, domains and people and can run twice", async () => {
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

  it("gives every demo organisation a valid organisation number (mod-11)", async () => {
    const rows = await getDb().select().from(organisations);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(isValidOrgNumber(row.orgNumber), row.name).toBe(true);
  });

  it("never stores a national identity number in clear text", async () => {
    const rows = await getDb().select({ pidHash: users.pidHash }).from(users);
    for (const row of rows) {
      expect(row.pidHash).not.toMatch(/^\d{11}$/);
      expect(row.pidHash).not.toContain("15857520170");
    }
  });
});
