import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentSession, requireRegisteredUser } from "@/lib/auth/current-user";
import { stepUpPathFor } from "@/lib/auth/step-up-path";
import { now } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { serviceAccess } from "@/lib/services/access";
import { closedHoursText } from "@/lib/services/closed-text";
import { groupsOfUser, servicesForGroups } from "@/lib/services/queries";

export function generateMetadata(): Metadata {
  return { title: t.common.servicePage.title };
}

type Props = { params: Promise<{ slug: string }> };

/**
 * A service's page: access is checked here too, not only on the dashboard; an open service
 * with an address leads on to it, one without shows a placeholder.
 */
export default async function ServicePage({ params }: Props) {
  const user = await requireRegisteredUser();
  const session = (await getCurrentSession())!;
  const { slug } = await params;
  const groups = await groupsOfUser(user.id);
  const service = (await servicesForGroups(groups.map((g) => g.id))).find((s) => s.slug === slug);
  if (!service) notFound();
  const access = serviceAccess(service, { method: session.method, acr: session.acr }, now());
  const m = t.common.servicePage;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {service.name}
      </h1>
      {access.open && service.url ? (
        <>
          <p className="ds-paragraph">{service.description}</p>
          <div>
            {/* Checked here on the server (membership, login method, opening hours) first. */}
            <a href={service.url} className="ds-button" data-variant="primary">
              {m.open(service.name)}
            </a>
          </div>
        </>
      ) : access.open ? (
        <p className="ds-paragraph">{m.placeholder}</p>
      ) : (
        <div className="ds-alert" data-color="warning">
          <p className="ds-paragraph">{m.locked}</p>
          <p className="ds-paragraph">
            {access.reason === "phishing-resistant"
              ? t.common.dashboard.lockedPhishing
              : closedHoursText(access)}
          </p>
          {access.reason === "phishing-resistant" ? (
            <Link
              href={stepUpPathFor(`/tjenester/${service.slug}`)}
              className="ds-button mt-2"
              data-variant="primary"
            >
              {t.common.dashboard.stepUpWithPasskey}
            </Link>
          ) : null}
        </div>
      )}
      <Link href="/oversikt" className="ds-link">
        {m.back}
      </Link>
    </div>
  );
}
