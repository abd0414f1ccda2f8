import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { notifications } from "@/lib/db/schema";
import type { NotificationKind, NotificationParams } from "./kinds";

export type NewNotification = {
  kind: NotificationKind;
  params: NotificationParams;
  /** A path inside the portal. */
  href?: string;
};

/** Notifies each recipient; call it in the transaction of the change it tells about. */
export async function createNotifications(
  tx: DbOrTx,
  recipientIds: readonly string[],
  notification: NewNotification,
): Promise<void> {
  if (recipientIds.length === 0) return;
  const params = definedOnly(notification.params);
  await tx.insert(notifications).values(
    recipientIds.map((userId) => ({
      userId,
      kind: notification.kind,
      params,
      href: notification.href ?? null,
    })),
  );
}

function definedOnly(params: NotificationParams): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
