import "server-only";
import { config } from "@/lib/config";
import type { Tx } from "@/lib/db/client";
import { perLocale } from "@/lib/email/localized";
import { enqueueEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { JoinRequestReceivedEmail } from "@/lib/email/templates/join-request-received";
import { groupAdminRecipients } from "@/lib/groups/admin-queries";
import { t } from "@/lib/i18n";
import { createNotifications } from "@/lib/notifications/create";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";

export type NewRequest = {
  requestId: string;
  requesterName: string;
  group: { id: string; name: string; slug: string };
};

export function requestsTabPath(slug: string): string {
  return `/medlemsgrupper/${slug}?fane=foresporsler`;
}

/**
 * Tells every admin of the group about a new request: always in the portal, and by email at
 * most once per admin and group per hour (later requests in that hour are in the portal only).
 * Runs in the request's transaction, so nothing is sent for a request that did not happen.
 */
export async function alertAdminsOfRequest(tx: Tx, request: NewRequest): Promise<number> {
  const { group } = request;
  const admins = await groupAdminRecipients(tx, group.id);
  const href = requestsTabPath(group.slug);
  await createNotifications(
    tx,
    admins.map((a) => a.userId),
    {
      kind: "join_request.received",
      params: {
        groupName: group.name,
        groupSlug: group.slug,
        requesterName: request.requesterName,
      },
      href,
    },
  );

  const email = perLocale(async () => ({
    subject: t.notifications.email.joinRequestSubject(group.name),
    ...(await renderEmail(
      <JoinRequestReceivedEmail
        requesterName={request.requesterName}
        groupName={group.name}
        url={new URL(href, config().appUrl).toString()}
      />,
    )),
  }));
  let emailed = 0;
  for (const admin of admins) {
    if (!admin.address) continue;
    const limit = await consumeRateLimit(
      RATE_LIMITS.joinRequestEmailPerAdminGroup,
      `${admin.userId}:${group.id}`,
      tx,
    );
    if (!limit.allowed) continue;
    await enqueueEmail(tx, {
      to: admin.address,
      ...(await email(admin.locale)),
      idempotencyKey: `join-request:${request.requestId}:${admin.userId}`,
    });
    emailed++;
  }
  return emailed;
}
