import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { joinRequests } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { setupTestDatabase } from "@/lib/testing/db";
import { auditOf, makeGroup, makeUser, notificationsOf, roleIn } from "@/lib/testing/groups";

// Support's Avslå on /admin/foresporsler takes an optional reason, as a group admin's does.
setupTestDatabase();

const harness = await vi.hoisted(() => import("@/lib/testing/action-caller"));
vi.mock("@/lib/auth/current-user", harness.currentUserModule);
vi.mock("next/headers", harness.headersModule);
vi.mock("next/navigation", harness.navigationModule);
vi.mock("next/cache", harness.cacheModule);

const { supportApproveRequestAction, supportRejectRequestAction } = await import("./actions");

let requestId = "";
let asker = "";
let groupId = "";

beforeEach(async () => {
  const support = await makeUser("Siri Support");
  harness.signIn(support, { name: "Siri Support", role: "support", method: "passkey", acr: null });
  asker = await makeUser("Anna Ny");
  groupId = await makeGroup("Forum for beredskap");
  const [row] = await getDb()
    .insert(joinRequests)
    .values({ userId: asker, groupId })
    .returning({ id: joinRequests.id });
  requestId = row!.id;
});

async function request() {
  const [row] = await getDb().select().from(joinRequests).where(eq(joinRequests.id, requestId));
  return row!;
}

describe("support approves a pending request", () => {
  it("makes the requester a member and goes back to the list, which says so", async () => {
    await expect(
      supportApproveRequestAction({}, harness.form({ requestId, eldre: "not a number" })),
    ).rejects.toMatchObject({ to: `/admin/foresporsler?utfort=godkjent&foresporsel=${requestId}` });
    expect(await request()).toMatchObject({ status: "approved" });
    expect(await roleIn(asker, groupId)).toMatchObject({ role: "member", source: "request" });
  });
});

describe("support rejects a pending request", () => {
  it("with a reason: the requester's notification carries it, and the audit says so", async () => {
    const reason = "Gruppen er bare for ansatte i helseforetaket.";
    // Back to the list, which names the decision (the request's card is gone from it).
    await expect(
      supportRejectRequestAction({}, harness.form({ requestId, reason, eldre: "7" })),
    ).rejects.toMatchObject({
      to: `/admin/foresporsler?utfort=avslatt&foresporsel=${requestId}&eldre=7`,
    });
    expect(await request()).toMatchObject({ status: "rejected", decisionReason: reason });
    const [notice] = await notificationsOf(asker);
    expect(notice).toMatchObject({ kind: "join_request.rejected", params: { reason } });
    const audit = (await auditOf("join_request.rejected")).filter((e) => e.targetId === requestId);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ withReason: true, bySupport: true });
  });

  it("without a reason, as before", async () => {
    await expect(
      supportRejectRequestAction({}, harness.form({ requestId, reason: "  " })),
    ).rejects.toMatchObject({ to: `/admin/foresporsler?utfort=avslatt&foresporsel=${requestId}` });
    expect(await request()).toMatchObject({ status: "rejected", decisionReason: null });
    const [notice] = await notificationsOf(asker);
    expect(notice!.params).not.toHaveProperty("reason");
  });

  it("refuses a reason with a line break or one over 1000 characters, and changes nothing", async () => {
    for (const reason of ["Nei.\r\nBcc: alle@example.org", "x".repeat(1001)]) {
      const result = await supportRejectRequestAction({}, harness.form({ requestId, reason }));
      expect(result.ok).toBeFalsy();
      expect(result.fieldErrors?.reason).toEqual([
        reason.length > 1000 ? t.groups.errors.reasonTooLong : t.groups.errors.messageUnsafe,
      ]);
    }
    expect(await request()).toMatchObject({ status: "pending", decisionReason: null });
    expect(await notificationsOf(asker)).toEqual([]);
  });
});
