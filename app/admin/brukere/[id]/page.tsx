import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { requireSupport } from "@/lib/admin/guard";
import { getUserDetail } from "@/lib/admin/users";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { endUserSessionsAction, removeUserPasskeyAction } from "../../actions";
import { AdminNav } from "../../admin-nav";
import { NoAccess } from "../../no-access";
import { now } from "@/lib/clock";
import { endUserSessionAction } from "../actions";
import { DisableSection } from "./disable-section";
import { ReconfirmControl } from "./reconfirm-control";
import { UserExtras } from "./user-extras";
import { ScrollArea } from "@/components/ui/scroll-area";

export function generateMetadata(): Metadata {
  return { title: t.admin.users.heading };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const m = t.admin.detail;
const sessionText = t.profile.sessions;

export default async function UserDetailPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const gate = await requireSupport(`/admin/brukere/${encodeURIComponent(id)}`);
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  if (!z.uuid().safeParse(id).success) notFound();
  const user = await getUserDetail(id);
  if (!user) notFound();
  const at = (d: Date | null) => (d ? formatDateTime(d) : m.never);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1 className="ds-heading" data-size="lg">
          {user.name ?? t.admin.users.unnamed}
        </h1>
        <AdminNav current="/admin/brukere" />
        <Link href="/admin/brukere" className="ds-link">
          {m.back}
        </Link>
      </div>

      <section aria-labelledby="facts" className="flex flex-col gap-3">
        <h2 id="facts" className="ds-heading" data-size="sm">
          {m.facts}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">{t.admin.users.role}</dt>
          <dd>{t.admin.users.roles[user.role]}</dd>
          <dt className="font-semibold">{t.admin.users.status}</dt>
          <dd>
            <span className="ds-tag" data-color={user.disabledAt ? "danger" : "success"}>
              {user.disabledAt ? t.admin.users.disabled : t.admin.users.active}
            </span>
            {user.disabledAt ? ` ${formatDateTime(user.disabledAt)}` : null}
          </dd>
          <dt className="font-semibold">{m.created}</dt>
          <dd>{formatDateTime(user.createdAt)}</dd>
          <dt className="font-semibold">{m.registered}</dt>
          <dd>
            {user.registeredAt ? formatDateTime(user.registeredAt) : t.admin.users.unregistered}
          </dd>
          <dt className="font-semibold">{m.lastLogin}</dt>
          <dd>{at(user.lastLoginAt)}</dd>
        </dl>
      </section>

      <DisableSection
        userId={user.id}
        disabled={!!user.disabledAt}
        self={user.id === gate.user.id}
        confirm={query.bekreft}
        done={query.utfort}
      />

      <section aria-labelledby="emails" className="flex flex-col gap-3">
        <h2 id="emails" className="ds-heading" data-size="sm">
          {m.emails}
        </h2>
        {user.emails.length === 0 ? (
          <p className="ds-paragraph">{m.noEmails}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {user.emails.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center gap-2 break-all">
                {e.address}
                {e.isPrimary ? (
                  <span className="ds-tag" data-color="accent">
                    {m.primary}
                  </span>
                ) : null}
                <span className="ds-tag" data-color={e.confirmedAt ? "success" : "warning"}>
                  {e.confirmedAt ? m.confirmed : m.unconfirmed}
                </span>
                <ReconfirmControl userId={user.id} email={e} now={now()} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="memberships" className="flex flex-col gap-3">
        <h2 id="memberships" className="ds-heading" data-size="sm">
          {m.memberships}
        </h2>
        {user.memberships.length === 0 ? (
          <p className="ds-paragraph">{m.noMemberships}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {user.memberships.map((g) => (
              <li key={g.groupId}>
                {g.name} ({m.groupRoles[g.role]})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="passkeys" className="flex flex-col gap-3">
        <h2 id="passkeys" className="ds-heading" data-size="sm">
          {m.passkeys}
        </h2>
        {user.passkeys.length === 0 ? (
          <p className="ds-paragraph">{m.noPasskeys}</p>
        ) : (
          <ScrollArea label={m.passkeys}>
            <table className="ds-table w-full">
              <thead>
                <tr>
                  <th scope="col">{m.passkeyName}</th>
                  <th scope="col">{m.provider}</th>
                  <th scope="col">{m.createdCol}</th>
                  <th scope="col">{m.lastUsed}</th>
                  <th scope="col">{m.actions}</th>
                </tr>
              </thead>
              <tbody>
                {user.passkeys.map((p) => (
                  <tr key={p.id}>
                    <td>{p.name}</td>
                    <td>{p.providerName ?? m.unknownProvider}</td>
                    <td>{formatDateTime(p.createdAt)}</td>
                    <td>{at(p.lastUsedAt)}</td>
                    <td>
                      <ActionForm
                        action={removeUserPasskeyAction}
                        fields={{ userId: user.id, passkeyId: p.id }}
                        label={m.removePasskey}
                        ariaLabel={m.removePasskeyLabel(p.name)}
                        pendingLabel={m.removing}
                        variant="secondary"
                        danger
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </section>

      <section aria-labelledby="sessions" className="flex flex-col gap-3">
        <h2 id="sessions" className="ds-heading" data-size="sm">
          {m.sessions}
        </h2>
        {user.sessions.length === 0 ? (
          <p className="ds-paragraph">{m.noSessions}</p>
        ) : (
          <ScrollArea label={m.sessions}>
            <table className="ds-table w-full">
              <thead>
                <tr>
                  <th scope="col">{m.method}</th>
                  <th scope="col">{m.level}</th>
                  <th scope="col">{m.started}</th>
                  <th scope="col">{m.lastSeen}</th>
                  <th scope="col">
                    <span className="sr-only">{t.operations.users.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {user.sessions.map((s) => (
                  <tr key={s.handle}>
                    <td>{sessionText.method[s.method]}</td>
                    <td>{(s.acr && sessionText.level[s.acr]) ?? t.admin.users.none}</td>
                    <td>{formatDateTime(s.authenticatedAt)}</td>
                    <td>{formatDateTime(s.lastSeenAt)}</td>
                    <td>
                      <ActionForm
                        action={endUserSessionAction}
                        fields={{ userId: user.id, handle: s.handle }}
                        label={t.operations.users.endSession}
                        ariaLabel={t.operations.users.endSessionLabel(
                          formatDateTime(s.authenticatedAt),
                        )}
                        pendingLabel={m.ending}
                        variant="tertiary"
                        size="sm"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
        <ActionForm
          action={endUserSessionsAction}
          fields={{ userId: user.id }}
          label={m.endSessions}
          pendingLabel={m.ending}
          variant="secondary"
        />
      </section>

      <UserExtras userId={user.id} name={user.name ?? ""} />
    </div>
  );
}
