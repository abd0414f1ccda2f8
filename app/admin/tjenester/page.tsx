import type { Metadata } from "next";
import Link from "next/link";
import { requireSupport } from "@/lib/admin/guard";
import { listServicesForAdmin } from "@/lib/admin/services";
import { t } from "@/lib/i18n";
import { formatDayRanges, WEEKDAYS } from "@/lib/services/opening-hours";
import type { Service } from "@/lib/db/schema";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";

export function generateMetadata(): Metadata {
  return { title: t.operations.services.heading };
}

const m = t.operations.services;

function hoursSummary(service: Service): string {
  if (service.alwaysOpen) return m.alwaysOpen;
  if (!service.openingHours) return m.noFixedHours;
  return WEEKDAYS.map((day) => [day, formatDayRanges(service.openingHours, day)] as const)
    .filter(([, ranges]) => ranges)
    .map(([day, ranges]) => `${m.form.days[day - 1]} ${ranges}`)
    .join("; ");
}

/** Every service: who it is offered to, when it is open and whether it signs in through the portal. */
export default async function ServicesPage() {
  const gate = await requireSupport("/admin/tjenester");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const rows = await listServicesForAdmin();
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/tjenester" />
      <p className="ds-paragraph">{m.lead}</p>
      <div>
        <Link href="/admin/tjenester/ny" className="ds-button" data-variant="primary">
          {m.create}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="ds-table w-full" data-border>
            <caption className="sr-only">{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.offeredTo}</th>
                <th scope="col">{m.hours}</th>
                <th scope="col">{m.signIn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ service, groups, clientEnabled }) => (
                <tr key={service.id}>
                  <th scope="row">
                    <Link
                      href={`/admin/tjenester/${service.id}`}
                      className="ds-link"
                      aria-label={m.editLabel(service.name)}
                    >
                      {service.name}
                    </Link>
                  </th>
                  <td>
                    {service.offeredToAll
                      ? m.allGroups
                      : groups.length
                        ? groups.join(", ")
                        : m.noGroups}
                  </td>
                  <td>{hoursSummary(service)}</td>
                  <td>{clientEnabled === null ? m.none : clientEnabled ? m.on : m.off}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
