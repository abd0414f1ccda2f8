import type { Metadata } from "next";
import { ProfileNav } from "@/components/profile/profile-nav";
import { getCurrentSession, requireRegisteredUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { describeUserAgent } from "@/lib/user-agent/describe";
import { listActiveSessions } from "@/lib/sessions/sessions";
import { EndOthersForm } from "./end-others-form";

export function generateMetadata(): Metadata {
  return { title: t.profile.sessions.heading };
}

export default async function SessionsPage() {
  const user = await requireRegisteredUser();
  const current = await getCurrentSession();
  const sessions = await listActiveSessions(user.id);
  const m = t.profile.sessions;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {t.profile.title}
      </h1>
      <ProfileNav current="/profil/okter" />
      <h2 className="ds-heading" data-size="sm">
        {m.heading}
      </h2>
      <p className="ds-paragraph">{m.lead}</p>
      {sessions.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {sessions.map((s) => (
            <li key={s.id} className="ds-card flex flex-col gap-1 p-4">
              <span className="font-semibold">
                {m.method[s.method]}
                {s.acr && m.level[s.acr] ? ` (${m.level[s.acr]})` : ""}
                {s.id === current?.sessionId ? (
                  <span className="ds-tag ml-2" data-color="accent">
                    {m.current}
                  </span>
                ) : null}
              </span>
              <span className="text-sm">
                {m.device}: {describeUserAgent(s.userAgent) ?? m.unknownDevice}
              </span>
              <span className="text-sm">
                {m.started}: {formatDateTime(s.authenticatedAt)} · {m.lastSeen}:{" "}
                {formatDateTime(s.lastSeenAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {sessions.length > 1 ? <EndOthersForm /> : null}
    </div>
  );
}
