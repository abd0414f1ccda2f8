import type { Metadata } from "next";
import Link from "next/link";
import { ProfileNav } from "@/components/profile/profile-nav";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { formatDateTime, isoTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { isSecurityEventKind } from "@/lib/security-events/kinds";
import { browserOf, recentSecurityEvents } from "@/lib/security-events/queries";

const m = t.security.history;

export function generateMetadata(): Metadata {
  return { title: m.title };
}

/** Min profil → Sikkerhet: the changes to the person's own security of the last 90 days. */
export default async function SecurityHistoryPage() {
  const user = await requireRegisteredUser();
  const events = await recentSecurityEvents(user.id);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {t.profile.title}
      </h1>
      <ProfileNav current="/profil/sikkerhet" />
      <h2 className="ds-heading" data-size="sm">
        {m.title}
      </h2>
      <p className="ds-paragraph">{m.lead}</p>
      {events.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label={m.title}>
          {events.map((event) => (
            <li key={event.id} className="ds-card flex flex-col gap-1 p-4">
              <span className="font-semibold">
                {isSecurityEventKind(event.kind)
                  ? t.security.kinds[event.kind].history(event.details)
                  : event.kind}
              </span>
              <span className="text-sm">
                <span className="sr-only">{m.when}: </span>
                <time dateTime={isoTime(event.at)}>{formatDateTime(event.at)}</time>
                {" · "}
                {event.bySupport
                  ? m.bySupport
                  : (browserOf(event) ?? t.security.email.unknownBrowser)}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="ds-paragraph">
        {m.notYou}{" "}
        <Link className="ds-link" href="/hjelp">
          {t.common.support.helpLink}
        </Link>
      </p>
    </div>
  );
}
