import "server-only";
import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { joinRequests, memberGroups, users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { addMembership } from "@/lib/membership/memberships";
import { createNotifications } from "@/lib/notifications/create";
import { cleanText } from "@/lib/text/clean-text";
import { groupError } from "./errors";
import { requireAdminInTx } from "./permissions";

export const REASON_MAX_LENGTH = 1000;

export type Decision = { decision: "approve" } | { decision: "reject"; reason?: string | null };

/**
 * An admin of the request's group approves or rejects it. The status changes only from
 * pending (`update … where status = 'pending' returning`), so of two admins deciding at once
 * exactly one wins; the other is told it was already decided. Approval adds the membership.
 */
export async function decideJoinRequest(
  actor: Actor,
  requestId: string,
  input: Decision,
  // "support": the caller's support role was checked by adminAction (issue 9, Forespørsler).
  authority: "group-admin" | "support" = "group-admin",
): Promise<{ requesterName: string }> {
  const cleaned = cleanText(input.decision === "reject" ? (input.reason ?? "") : "");
  if (!cleaned.ok) throw groupError("messageUnsafe", "reason");
  const reason = cleaned.text || null;
  if (reason && reason.length > REASON_MAX_LENGTH) throw groupError("reasonTooLong", "reason");

  return getDb().transaction(async (tx) => {
    const [request] = await tx
      .select({
        groupId: joinRequests.groupId,
        userId: joinRequests.userId,
        groupName: memberGroups.name,
        groupSlug: memberGroups.slug,
        requesterName: users.name,
      })
      .from(joinRequests)
      .innerJoin(memberGroups, eq(memberGroups.id, joinRequests.groupId))
      .innerJoin(users, eq(users.id, joinRequests.userId))
      .where(eq(joinRequests.id, requestId));
    if (!request) throw groupError("requestNotFound");
    if (authority === "group-admin") await requireAdminInTx(tx, actor.userId, request.groupId);

    const status = input.decision === "approve" ? "approved" : "rejected";
    const [decided] = await tx
      .update(joinRequests)
      .set({ status, decidedBy: actor.userId, decidedAt: now(), decisionReason: reason })
      .where(and(eq(joinRequests.id, requestId), eq(joinRequests.status, "pending")))
      .returning({ id: joinRequests.id });
    if (!decided) throw groupError("alreadyDecided");

    if (status === "approved") {
      // Already a member (e.g. joined by domain meanwhile): keep that membership as it is.
      await addMembership(tx, {
        userId: request.userId,
        groupId: request.groupId,
        source: "request",
      });
    }
    await createNotifications(tx, [request.userId], {
      kind: status === "approved" ? "join_request.approved" : "join_request.rejected",
      params: {
        groupName: request.groupName,
        groupSlug: request.groupSlug,
        reason: reason ?? undefined,
      },
      href: status === "approved" ? `/medlemsgrupper/${request.groupSlug}` : "/medlemsgrupper",
    });
    await recordAudit(
      {
        action: status === "approved" ? "join_request.approved" : "join_request.rejected",
        actor,
        targetType: "join_request",
        targetId: requestId,
        details: {
          groupId: request.groupId,
          requesterId: request.userId,
          withReason: !!reason,
          ...(authority === "support" ? { bySupport: true } : {}),
        },
      },
      tx,
    );
    return { requesterName: request.requesterName ?? t.groups.unnamed };
  });
}
