import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { requireSupport } from "@/lib/admin/guard";
import { getOrganisation } from "@/lib/admin/organisations";
import { t } from "@/lib/i18n";
import { AdminNav } from "../../admin-nav";
import { NoAccess } from "../../no-access";
import { deleteOrganisationAction, updateOrganisationAction } from "../actions";
import { OrganisationForm } from "../organisation-form";

export function generateMetadata(): Metadata {
  return { title: t.register.organisations.heading };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ utfort?: string | string[] }>;
};

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const gate = await requireSupport(`/admin/virksomheter/${encodeURIComponent(id)}`);
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const org = UUID.test(id) ? await getOrganisation(id) : null;
  if (!org) notFound();
  const m = t.register.organisations;
  const created = (await searchParams).utfort === "opprettet";
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <p>
        <Link href="/admin/virksomheter" className="ds-link">
          {m.back}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {org.name}
      </h1>
      <AdminNav current="/admin/virksomheter" />
      {created ? (
        <div className="ds-alert" data-color="success" role="status">
          {m.created}
        </div>
      ) : null}
      <p className="ds-paragraph">
        {m.orgNumber}: {org.orgNumber}
      </p>
      <section aria-labelledby="org-groups" className="flex flex-col gap-3">
        <h2 id="org-groups" className="ds-heading" data-size="sm">
          {m.groupsHeading}
        </h2>
        {org.groups.length === 0 ? (
          <p className="ds-paragraph">{m.noGroups}</p>
        ) : (
          <ul className="ds-list">
            {org.groups.map((g) => (
              <li key={g.id}>
                <Link href={`/admin/medlemsgrupper/${g.id}`} className="ds-link">
                  {g.name}
                </Link>{" "}
                ({t.register.policies[g.joinPolicy]})
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`/admin/medlemsgrupper?virksomhet=${org.id}#group-new`} className="ds-link">
            {m.newGroup}
          </Link>
        </p>
      </section>
      <section aria-labelledby="org-edit" className="flex flex-col gap-3">
        <h2 id="org-edit" className="ds-heading" data-size="sm">
          {m.editHeading}
        </h2>
        <OrganisationForm
          action={updateOrganisationAction}
          organisation={{ id: org.id, name: org.name, orgNumber: org.orgNumber }}
        />
      </section>
      <section aria-labelledby="org-delete" className="flex flex-col gap-3">
        <h2 id="org-delete" className="ds-heading" data-size="sm">
          {m.deleteHeading}
        </h2>
        {org.groups.length > 0 ? (
          <p className="ds-paragraph">{m.deleteBlocked}</p>
        ) : (
          <>
            <p className="ds-paragraph">{m.deleteBody}</p>
            <ActionForm
              action={deleteOrganisationAction}
              fields={{ organisationId: org.id }}
              label={m.delete}
              pendingLabel={m.deleting}
              variant="secondary"
              danger
            />
          </>
        )}
      </section>
    </div>
  );
}
