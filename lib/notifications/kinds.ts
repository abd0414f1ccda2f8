import { t } from "@/lib/i18n";

/** Every kind of notification; the text for each lives in the message catalogue. */
export type NotificationKind = keyof typeof t.notifications.kinds;

export type NotificationParams = {
  groupName: string;
  groupSlug?: string;
  requesterName?: string;
  reason?: string;
};

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(t.notifications.kinds, kind);
}

/** The text of a notification, rendered from the catalogue with its stored params. */
export function notificationText(kind: string, params: Record<string, string>): string {
  if (!isNotificationKind(kind)) return t.notifications.unknownKind;
  return t.notifications.kinds[kind](params);
}
