import type { Metadata } from "next";
import Link from "next/link";
import { ServiceCard } from "@/components/dashboard/service-card";
import { AddPasskeyButton } from "@/components/passkeys/add-passkey-button";
import { NoticeList } from "@/components/notices/notice-list";
import { getCurrentSession, requireRegisteredUser } from "@/lib/auth/current-user";
import { ACR_HIGH } from "@/lib/auth/acr";
import { isRecentLogin, stepUpPath } from "@/lib/auth/step-up";
import { now } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { readDashboard } from "@/lib/dashboard/read";
import { serviceAccess } from "@/lib/services/access";

import { addPasskeyAction } from "../profil/passnokler/actions";

export function generateMetadata(): Metadata {
  return { title: t.common.dashboard.title };
}

/** The one press from the suggestion ends on the passkey list (after a step-up, it starts there). */
const ADD_IN_ONE_PRESS = "/profil/passnokler?legg-til=1";

export default async function DashboardPage() {
  const user = await requireRegisteredUser();
  const session = (await getCurrentSession())!;
  const { groups, services, notices, passkeyCount, loginUrls } = await readDashboard(user.id);
  const m = t.common.dashboard;
  const login = { method: session.method, acr: session.acr };
  const at = now();
  const method =
    session.method === "passkey"
      ? m.methodPasskey
      : m.methodIdporten(session.acr === ACR_HIGH ? m.levelHigh : m.levelSubstantial);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="ds-heading" data-size="lg">
          {m.title}
        </h1>
        <p className="ds-paragraph">{m.welcome(user.name ?? "")}</p>
        <p className="ds-paragraph" data-size="sm">
          {m.loggedInWith(method)}
        </p>
      </div>

      {passkeyCount === 0 ? (
        <section className="ds-alert" data-color="info" aria-labelledby="passkey-tip">
          <h2 id="passkey-tip" className="ds-heading" data-size="xs">
            {m.passkeyTitle}
          </h2>
          <p className="ds-paragraph">{m.passkeyBody}</p>
          <div className="mt-2">
            <AddPasskeyButton
              action={addPasskeyAction}
              returnTo={ADD_IN_ONE_PRESS}
              stepUpHref={isRecentLogin(session) ? null : stepUpPath(ADD_IN_ONE_PRESS)}
            />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="services-heading" className="flex flex-col gap-4">
        <h2 id="services-heading" className="ds-heading" data-size="md">
          {m.servicesHeading}
        </h2>
        {services.length === 0 ? (
          <div className="flex flex-col gap-2">
            <p className="ds-paragraph">{m.noGroups}</p>
            <Link href="/medlemsgrupper" className="ds-link">
              {m.findGroup}
            </Link>
          </div>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {services.map((service) => (
              <ServiceCard
                key={service.id}
                service={service}
                access={serviceAccess(service, login, at)}
                loginUrl={loginUrls.get(service.id)}
              />
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="groups-heading" className="flex flex-col gap-3">
          <h2 id="groups-heading" className="ds-heading" data-size="sm">
            {m.groupsHeading}
          </h2>
          {groups.length === 0 ? (
            <Link href="/medlemsgrupper" className="ds-link">
              {m.findGroup}
            </Link>
          ) : (
            <ul className="ds-list">
              {groups.map((g) => (
                <li key={g.id}>
                  <Link href={`/medlemsgrupper/${g.slug}`} className="ds-link">
                    {g.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="notices-heading" className="flex flex-col gap-3">
          <h2 id="notices-heading" className="ds-heading" data-size="sm">
            {m.noticesHeading}
          </h2>
          <NoticeList notices={notices} emptyText={m.noNotices} />
        </section>
      </div>
    </div>
  );
}
