import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSupport } from "@/lib/admin/guard";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { getServiceClient } from "@/lib/oidc/clients";
import { OIDC_POLICY } from "@/lib/oidc/policy";
import { AdminNav } from "../../admin-nav";
import { NoAccess } from "../../no-access";
import { ClientForm, RotateSecretForm } from "./client-form";

export const metadata: Metadata = { title: t.oidc.admin.heading };

type Props = { params: Promise<{ serviceId: string }> };

export default async function ServiceClientPage({ params }: Props) {
  const { serviceId } = await params;
  const gate = await requireSupport(`/admin/innlogging/${serviceId}`);
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const entry = await getServiceClient(serviceId);
  if (!entry) notFound();
  const { service, client } = entry;
  const m = t.oidc.admin;
  const graceUntil =
    client?.previousSecretExpiresAt && client.previousSecretExpiresAt > new Date()
      ? client.previousSecretExpiresAt
      : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.formHeading(service.name)}
      </h1>
      <AdminNav current="/admin/innlogging" />
      {client ? (
        <p className="ds-paragraph">
          {m.clientId}: <code>{client.clientId}</code>
        </p>
      ) : null}
      <ClientForm
        serviceId={service.id}
        client={
          client && {
            enabled: client.enabled,
            redirectUris: client.redirectUris.join("\n"),
            postLogoutRedirectUris: client.postLogoutRedirectUris.join("\n"),
            backchannelLogoutUri: client.backchannelLogoutUri ?? "",
            initiateLoginUri: client.initiateLoginUri ?? "",
            authMethod: client.authMethod,
            jwksUri: client.jwksUri ?? "",
            scopes: client.scopes.split(" "),
          }
        }
      />
      {client?.authMethod === "client_secret_basic" ? (
        <section aria-labelledby="rotate-heading" className="flex flex-col gap-3">
          <h2 id="rotate-heading" className="ds-heading" data-size="sm">
            {m.rotate}
          </h2>
          <p className="ds-paragraph">{m.rotateHint(OIDC_POLICY.secretGraceSeconds / 3600)}</p>
          {graceUntil ? (
            <p className="ds-paragraph">{m.previousValidUntil(formatDateTime(graceUntil))}</p>
          ) : null}
          <RotateSecretForm serviceId={service.id} />
        </section>
      ) : null}
      <Link href="/admin/innlogging" className="ds-link">
        {m.back}
      </Link>
    </div>
  );
}
