import type { Metadata } from "next";
import Link from "next/link";
import { requireSupport } from "@/lib/admin/guard";
import { t } from "@/lib/i18n";
import { listServiceClients } from "@/lib/oidc/clients";
import { issuer } from "@/lib/oidc/issuer";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";

export const metadata: Metadata = { title: t.oidc.admin.heading };

/** Services and their "Innlogging via portalen" (OpenID Connect clients). */
export default async function ServiceClientsPage() {
  const gate = await requireSupport("/admin/innlogging");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.oidc.admin;
  const rows = await listServiceClients();
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/innlogging" />
      <p className="ds-paragraph">{m.lead}</p>
      <dl
        className="ds-paragraph grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]"
        data-size="sm"
      >
        <dt className="font-semibold">{m.issuer}</dt>
        <dd className="break-all">{issuer()}</dd>
        <dt className="font-semibold">{m.discovery}</dt>
        <dd className="break-all">{issuer()}/.well-known/openid-configuration</dd>
      </dl>
      <div className="overflow-x-auto">
        <table className="ds-table w-full" data-border>
          <thead>
            <tr>
              <th scope="col">{m.service}</th>
              <th scope="col">{m.clientId}</th>
              <th scope="col">{m.status}</th>
              <th scope="col">
                <span className="sr-only">{m.edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ service, client }) => (
              <tr key={service.id}>
                <th scope="row">{service.name}</th>
                <td>{client ? <code>{client.clientId}</code> : "–"}</td>
                <td>{client ? (client.enabled ? m.on : m.off) : m.notRegistered}</td>
                <td>
                  <Link
                    href={`/admin/innlogging/${service.id}`}
                    className="ds-link"
                    aria-label={`${m.edit}: ${service.name}`}
                  >
                    {m.edit}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
