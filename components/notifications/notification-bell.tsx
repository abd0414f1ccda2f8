import Link from "next/link";
import { cache } from "react";
import { getCurrentSession } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { countUnread } from "@/lib/notifications/queries";
import { sessionReadOf } from "@/lib/sessions/request-user";

// The header renders the bell twice (desktop and phone menu): one count per request, read with
// the session (no statement of its own), or else once here.
const unreadCount = cache(async (userId: string) => {
  const session = await getCurrentSession();
  const read = session?.userId === userId ? sessionReadOf(session.sessionId) : undefined;
  return read ? read.unreadNotifications : countUnread(userId);
});

/** "Varsler" in the header with the unread count; read from the database on every page. */
export async function NotificationBell({ userId }: { userId: string }) {
  const unread = await unreadCount(userId);
  const m = t.notifications;
  return (
    <Link
      href="/varsler"
      aria-label={m.bellLabel(unread)}
      className="ds-link inline-flex items-center gap-2 no-underline"
    >
      <BellIcon />
      <span aria-hidden="true">{m.bell}</span>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="ds-badge"
          data-color="danger"
          data-count={unread > 99 ? "99+" : String(unread)}
        />
      ) : null}
    </Link>
  );
}

function BellIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none">
      <path
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Zm4 4a2 2 0 0 0 4 0"
      />
    </svg>
  );
}
