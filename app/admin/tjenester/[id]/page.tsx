import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireSupport } from "@/lib/admin/guard";
import { getServiceForAdmin, groupChoices } from "@/lib/admin/services";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { getServiceClient } from "@/lib/oidc/clients";
import { issuer } from "@/lib/oidc/issuer";
import { OIDC_POLICY } from "@/lib/oidc/policy";
import { formatDayRanges, WEEKDAYS } from "@/lib/services/opening-hours";
import { AdminNav } from "../../admin-nav";
import { NoAccess } from "../../no-access";
import { ServiceForm } from "../service-form";
import { ClientForm, RotateSecretForm } from "./client-form";

export function generateMetadata(): Metadata {
  return { title: t.operations.services.heading };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One service: its settings, and below them its "Innlogging via portalen". */
export default async function ServiceAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  const gate = await requireSupport(`/admin/tjenester/${encodeURIComponent(id)}`);
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  if (!z.uuid().safeParse(id).success) notFound();
  const [entry, clientEntry, groups] = await Promise.all([
    getServiceForAdmin(id),
    getServiceClient(id),
    groupChoices(),
  ]);
  if (!entry || !clientEntry) notFound();
  const { service, groupIds } = entry;
  const { client } = clientEntry;
  const m = t.operations.services;
  const o = t.oidc.admin;
  const saved = (await searchParams).lagret === "1" ? m.form.saved : undefined;
  const graceUntil =
    client?.previousSecretExpiresAt && client.previousSecretExpiresAt > new Date()
      ? client.previousSecretExpiresAt
      : null;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.editHeading(service.name)}
      </h1>
      <AdminNav current="/admin/tjenester" />
      <ServiceForm
        saved={saved}
        groups={groups}
        values={{
          serviceId: service.id,
          name: service.name,
          description: service.description,
          url: service.url ?? "",
          requiresPhishingResistant: service.requiresPhishingResistant,
          offeredToAll: service.offeredToAll,
          groupIds,
          alwaysOpen: service.alwaysOpen || !service.openingHours,
          days: WEEKDAYS.map((day) => formatDayRanges(service.openingHours, day)),
        }}
      />
      <section
        id="innlogging"
        aria-labelledby="innlogging-heading"
        className="flex flex-col gap-4 border-t border-(--ds-color-neutral-border-subtle) pt-6"
      >
        <h2 id="innlogging-heading" className="ds-heading" data-size="md">
          {o.heading}
        </h2>
        <p className="ds-paragraph">{o.lead}</p>
        <dl
          className="ds-paragraph grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]"
          data-size="sm"
        >
          <dt className="font-semibold">{o.issuer}</dt>
          <dd className="break-all">{issuer()}</dd>
          <dt className="font-semibold">{o.discovery}</dt>
          <dd className="break-all">{issuer()}/.well-known/openid-configuration</dd>
          {client ? (
            <>
              <dt className="font-semibold">{o.clientId}</dt>
              <dd className="break-all">
                <code>{client.clientId}</code>
              </dd>
            </>
          ) : null}
        </dl>
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
            <h3 id="rotate-heading" className="ds-heading" data-size="sm">
              {o.rotate}
            </h3>
            <p className="ds-paragraph">{o.rotateHint(OIDC_POLICY.secretGraceSeconds / 3600)}</p>
            {graceUntil ? (
              <p className="ds-paragraph">{o.previousValidUntil(formatDateTime(graceUntil))}</p>
            ) : null}
            <RotateSecretForm serviceId={service.id} />
          </section>
        ) : null}
      </section>
      <Link href="/admin/tjenester" className="ds-link">
        {m.back}
      </Link>
    </div>
  );
}
