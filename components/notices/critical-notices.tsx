import { getCurrentSession, getCurrentUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { activeCriticalNotices } from "@/lib/notices/active";
import { sessionReadOf } from "@/lib/sessions/request-user";

/** Critical notices at the top of every page behind login, for the people they are meant for. */
export async function CriticalNotices() {
  const user = await getCurrentUser();
  if (!user) return null;
  // Read with the session (no statement of its own); read again only outside a render.
  const read = sessionReadOf((await getCurrentSession())?.sessionId ?? "");
  const notices = read ? read.criticalNotices : await activeCriticalNotices(user.id);
  if (notices.length === 0) return null;
  return (
    <section aria-label={t.operations.notices.criticalLabel} className="mb-6 flex flex-col gap-2">
      {notices.map((n) => (
        <div key={n.id} className="ds-alert" data-color="danger" data-testid="critical-notice">
          <h2 className="ds-heading" data-size="xs">
            {n.title}
          </h2>
          <p className="ds-paragraph whitespace-pre-line">{n.body}</p>
        </div>
      ))}
    </section>
  );
}
