import "server-only";
import { and, eq } from "drizzle-orm";
import { AccessRefusedError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { scheduleDelivery } from "@/lib/email/deliver";
import { joinRequests, memberGroups, users } from "@/lib/db/schema";
import { t } from "@/lib/i18n";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { cleanText } from "@/lib/text/clean-text";
import { alertAdminsOfRequest } from "./admin-alert";
import { groupError, isUniqueViolation } from "./errors";
import { membershipRole } from "./permissions";

export const MESSAGE_MAX_LENGTH = 1000;

/**
 * Sends a join request with an optional message. Closed groups take none; members need none;
 * a second open request is refused by the unique index `join_requests_one_pending`.
 */
export async function sendJoinRequest(
  actor: Actor,
  input: { groupId: string; message?: string | null },
): Promise<{ requestId: string; groupName: string }> {
  const cleaned = cleanText(input.message ?? "");
  if (!cleaned.ok) throw groupError("messageUnsafe", "message");
  const message = cleaned.text || null;
  if (message && message.length > MESSAGE_MAX_LENGTH) throw groupError("messageTooLong", "message");
  try {
    const result = await getDb().transaction(async (tx) => {
      const [group] = await tx
        .select({
          id: memberGroups.id,
          name: memberGroups.name,
          slug: memberGroups.slug,
          joinPolicy: memberGroups.joinPolicy,
        })
        .from(memberGroups)
        .where(eq(memberGroups.id, input.groupId));
      if (!group) throw groupError("notFound");
      if (group.joinPolicy === "closed") throw groupError("closed");
      if (await membershipRole(actor.userId, group.id, tx)) throw groupError("alreadyMember");
      const limit = await consumeRateLimit(RATE_LIMITS.joinRequestsPerUser, actor.userId, tx);
      if (!limit.allowed) throw groupError("tooManyRequests");

      const [request] = await tx
        .insert(joinRequests)
        .values({ userId: actor.userId, groupId: group.id, message })
        .returning({ id: joinRequests.id });
      const [requester] = await tx
        .select({ name: users.name })
        .from(users)
        .where(eq(users.id, actor.userId));
      await recordAudit(
        {
          action: "join_request.sent",
          actor,
          targetType: "join_request",
          targetId: request!.id,
          details: { groupId: group.id, withMessage: message !== null },
        },
        tx,
      );
      const emailed = await alertAdminsOfRequest(tx, {
        requestId: request!.id,
        requesterName: requester?.name ?? t.groups.unnamed,
        group,
      });
      return { requestId: request!.id, groupName: group.name, emailed };
    });
    // After commit: deliver the admins' email soon instead of at the next poll.
    if (result.emailed > 0) scheduleDelivery();
    return { requestId: result.requestId, groupName: result.groupName };
  } catch (error) {
    if (isUniqueViolation(error, "join_requests_one_pending")) throw groupError("duplicatePending");
    throw error;
  }
}

/** The requester takes back their own open request. */
export async function withdrawJoinRequest(actor: Actor, requestId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(joinRequests)
      .set({ status: "withdrawn", decidedAt: now(), decidedBy: actor.userId })
      .where(
        and(
          eq(joinRequests.id, requestId),
          eq(joinRequests.userId, actor.userId),
          eq(joinRequests.status, "pending"),
        ),
      )
      .returning({ id: joinRequests.id, groupId: joinRequests.groupId });
    if (!row) {
      const [other] = await tx
        .select({ userId: joinRequests.userId })
        .from(joinRequests)
        .where(eq(joinRequests.id, requestId));
      // Another person's request by id is a forged id, audited; one's own was decided meanwhile.
      if (other && other.userId !== actor.userId) {
        throw new AccessRefusedError("not-owner", { type: "join_request", id: requestId });
      }
      throw groupError("notPending");
    }
    await recordAudit(
      {
        action: "join_request.withdrawn",
        actor,
        targetType: "join_request",
        targetId: row.id,
        details: { groupId: row.groupId },
      },
      tx,
    );
  });
}
