import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { notifications } from "@/lib/db/schema";
import { notificationText } from "./kinds";

export type NotificationView = {
  id: string;
  text: string;
  href: string | null;
  createdAt: Date;
  read: boolean;
};

/** The user's newest notifications, text rendered from the catalogue. */
export async function listNotifications(userId: string, limit = 50): Promise<NotificationView[]> {
  const rows = await getDb()
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    text: notificationText(row.kind, row.params),
    href: row.href,
    createdAt: row.createdAt,
    read: row.readAt !== null,
  }));
}

export async function countUnread(userId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    // Every page behind login shows the count: a named statement, planned once per connection.
    .prepare("unread_notifications")
    .execute();
  return row?.n ?? 0;
}

/** Marks one of the user's own notifications read; returns where it points, or null. */
export async function markNotificationRead(
  userId: string,
  notificationId: string,
): Promise<{ href: string | null } | null> {
  const db = getDb();
  await db
    .update(notifications)
    .set({ readAt: now() })
    .where(
      and(
        eq(notifications.id, notificationId),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    );
  const [row] = await db
    .select({ href: notifications.href })
    .from(notifications)
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)));
  return row ?? null;
}

export async function markAllNotificationsRead(userId: string): Promise<number> {
  const rows = await getDb()
    .update(notifications)
    .set({ readAt: now() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
