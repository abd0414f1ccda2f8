import Link from "next/link";
import type { Service } from "@/lib/db/schema";
import { stepUpPathFor } from "@/lib/auth/step-up-path";
import { t } from "@/lib/i18n";
import type { ServiceAccess } from "@/lib/services/access";
import { closedHoursText } from "@/lib/services/closed-text";

/** One service on the dashboard: open, or locked with the reason and a way on. */
export function ServiceCard({
  service,
  access,
  loginUrl,
}: {
  service: Service;
  access: ServiceAccess;
  /** Where the service's own login starts, when it signs in through the portal. */
  loginUrl?: string;
}) {
  const m = t.common.dashboard;
  const headingId = `service-${service.slug}`;
  return (
    <li className="ds-card flex h-full flex-col gap-3 p-5" aria-labelledby={headingId}>
      <h3 id={headingId} className="ds-heading" data-size="xs">
        {service.name}
      </h3>
      <p className="ds-paragraph flex-1" data-size="sm">
        {service.description}
      </p>
      {service.alwaysOpen ? (
        <span className="ds-tag self-start" data-color="success">
          {m.alwaysOpen}
        </span>
      ) : null}
      {access.open ? (
        loginUrl ? (
          <a href={loginUrl} className="ds-button self-start" data-variant="primary">
            {m.open}
            <span className="sr-only"> {service.name}</span>
          </a>
        ) : (
          <Link
            href={`/tjenester/${service.slug}`}
            className="ds-button self-start"
            data-variant="primary"
          >
            {m.open}
            <span className="sr-only"> {service.name}</span>
          </Link>
        )
      ) : access.reason === "phishing-resistant" ? (
        <div className="flex flex-col gap-2">
          <p className="ds-paragraph" data-size="sm">
            <span className="ds-tag mr-2" data-color="warning">
              {m.locked}
            </span>
            {m.lockedPhishing}
          </p>
          <Link
            href={stepUpPathFor("/oversikt")}
            className="ds-button self-start"
            data-variant="secondary"
          >
            {m.stepUpWithPasskey}
          </Link>
        </div>
      ) : (
        <p className="ds-paragraph" data-size="sm">
          <span className="ds-tag mr-2" data-color="neutral">
            {m.locked}
          </span>
          {closedHoursText(access)}
        </p>
      )}
    </li>
  );
}
