import type { Metadata } from "next";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { formatDateTime, isoTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { listNotifications } from "@/lib/notifications/queries";
import { MarkAllReadForm } from "./mark-all-read-form";

export function generateMetadata(): Metadata {
  return { title: t.notifications.title };
}

/** The user's notifications, newest first. Opening one marks it read (see [id]/route.ts). */
export default async function NotificationsPage() {
  const user = await requireRegisteredUser();
  const items = await listNotifications(user.id);
  const unread = items.filter((n) => !n.read).length;
  const m = t.notifications;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <h1 className="ds-heading" data-size="lg">
          {m.heading}
        </h1>
        <p className="ds-paragraph">{m.lead}</p>
        {items.length > 0 ? (
          <p className="ds-paragraph" data-size="sm">
            {m.unreadCount(unread)}
          </p>
        ) : null}
      </div>
      {items.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <>
          <MarkAllReadForm disabled={unread === 0} />
          <ul className="flex flex-col gap-3">
            {items.map((n) => (
              <li
                key={n.id}
                className="ds-card flex flex-col gap-2"
                data-variant={n.read ? "default" : "tinted"}
              >
                <div className="flex flex-wrap items-center gap-2">
                  {n.read ? null : (
                    <span className="ds-tag" data-color="info" data-size="sm">
                      {m.unread}
                    </span>
                  )}
                  <time
                    dateTime={isoTime(n.createdAt)}
                    className="text-sm text-(--ds-color-neutral-text-subtle)"
                  >
                    {formatDateTime(n.createdAt)}
                  </time>
                </div>
                <p className="ds-paragraph">{n.text}</p>
                {n.href ? (
                  <p>
                    {/* A plain link, not next/link: prefetching must not mark it read. */}
                    <a href={`/varsler/${n.id}`} className="ds-link">
                      {m.open}
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
