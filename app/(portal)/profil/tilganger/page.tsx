import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { ProfileNav } from "@/components/profile/profile-nav";
import { requireRegisteredUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { serviceOfClient } from "@/lib/oidc/clients";
import { listSignedInServices } from "@/lib/oidc/sign-ins";
import { ActionForm } from "@/components/ui/action-form";
import { endServiceAccessAction } from "./actions";

export function generateMetadata(): Metadata {
  return { title: t.oidc.access.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Min profil → Tilganger: the services signed in to through the portal; each can be ended. */
export default async function AccessPage({ searchParams }: Props) {
  const user = await requireRegisteredUser();
  const services = await listSignedInServices(user.id);
  const endedId = (await searchParams).avsluttet;
  const ended = typeof endedId === "string" ? await serviceOfClient(endedId) : null;
  const m = t.oidc.access;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {t.profile.title}
      </h1>
      <ProfileNav current="/profil/tilganger" />
      <h2 className="ds-heading" data-size="sm">
        {m.heading}
      </h2>
      <p className="ds-paragraph">{m.lead}</p>
      {ended ? <Alert color="success">{m.ended(ended.service.name)}</Alert> : null}
      {services.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="ds-table w-full" data-border>
            <thead>
              <tr>
                <th scope="col">{m.service}</th>
                <th scope="col">{m.shares}</th>
                <th scope="col">{m.since}</th>
                <th scope="col">
                  <span className="sr-only">{m.end}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.clientId}>
                  <th scope="row">{s.serviceName}</th>
                  <td>
                    {s.scopes
                      .map((scope) => m.scopes[scope])
                      .filter(Boolean)
                      .join(", ")}
                  </td>
                  <td>{formatDateTime(s.since)}</td>
                  <td>
                    <ActionForm
                      action={endServiceAccessAction}
                      fields={{ clientId: s.clientId }}
                      label={m.end}
                      pendingLabel={m.ending}
                      variant="secondary"
                      size="sm"
                      ariaLabel={m.endFor(s.serviceName)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
