import "server-only";
import { render } from "@react-email/render";
import { config } from "@/lib/config";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { primaryConfirmedEmail } from "@/lib/emails/queries";
import { JoinRequestReceivedEmail } from "@/lib/email/templates/join-request-received";
import { t } from "@/lib/i18n";
import { createNotifications } from "@/lib/notifications/create";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { RATE_LIMITS } from "@/lib/rate-limit/policies";
import { groupAdminIds } from "./permissions";

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
  const adminIds = await groupAdminIds(group.id, tx);
  const href = requestsTabPath(group.slug);
  await createNotifications(tx, adminIds, {
    kind: "join_request.received",
    params: { groupName: group.name, groupSlug: group.slug, requesterName: request.requesterName },
    href,
  });

  let emailed = 0;
  for (const adminId of adminIds) {
    const address = await primaryConfirmedEmail(adminId, tx);
    if (!address) continue;
    const limit = await consumeRateLimit(
      RATE_LIMITS.joinRequestEmailPerAdminGroup,
      `${adminId}:${group.id}`,
      tx,
    );
    if (!limit.allowed) continue;
    const element = (
      <JoinRequestReceivedEmail
        requesterName={request.requesterName}
        groupName={group.name}
        url={new URL(href, config().appUrl).toString()}
      />
    );
    await enqueueEmail(tx, {
      to: address,
      subject: t.notifications.email.joinRequestSubject(group.name),
      html: await render(element),
      text: await render(element, { plainText: true }),
      idempotencyKey: `join-request:${request.requestId}:${adminId}`,
    });
    emailed++;
  }
  return emailed;
}
