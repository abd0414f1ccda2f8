import type { Metadata } from "next";
import Link from "next/link";
import { ScrollArea } from "@/components/ui/scroll-area";
import { requireSupport } from "@/lib/admin/guard";
import { listOrganisations, REGISTER_LIST_LIMIT } from "@/lib/admin/organisations";
import { t } from "@/lib/i18n";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { RegisterSearch, searchParam } from "../register-search";
import { createOrganisationAction } from "./actions";
import { OrganisationForm } from "./organisation-form";

export function generateMetadata(): Metadata {
  return { title: t.register.organisations.heading };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganisationsPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = searchParam(params.q);
  const gate = await requireSupport(
    q ? `/admin/virksomheter?q=${encodeURIComponent(q)}` : "/admin/virksomheter",
  );
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.register.organisations;
  const rows = await listOrganisations(q);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/virksomheter" />
      <p className="ds-paragraph">{m.lead}</p>
      {searchParam(params.utfort) === "slettet" ? (
        <div className="ds-alert" data-color="success" role="status">
          {m.deleted}
        </div>
      ) : null}
      <section aria-labelledby="org-list" className="flex flex-col gap-3">
        <h2 id="org-list" className="ds-heading" data-size="sm">
          {m.listHeading}
        </h2>
        <RegisterSearch q={q} label={m.searchLabel} path="/admin/virksomheter" />
        {rows.length === 0 ? (
          <p className="ds-paragraph" role="status">
            {q ? m.noHits : m.empty}
          </p>
        ) : (
          <ScrollArea label={m.caption}>
            <table className="ds-table w-full" data-border>
              <caption>
                {rows.length >= REGISTER_LIST_LIMIT
                  ? t.register.search.limited(REGISTER_LIST_LIMIT)
                  : t.register.search.hits(rows.length)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{m.name}</th>
                  <th scope="col">{m.orgNumber}</th>
                  <th scope="col">{m.groupCount}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((org) => (
                  <tr key={org.id}>
                    <td>
                      <Link href={`/admin/virksomheter/${org.id}`} className="ds-link">
                        {org.name}
                      </Link>
                    </td>
                    <td>{org.orgNumber}</td>
                    <td>{org.groupCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </section>
      <section aria-labelledby="org-new" className="flex flex-col gap-3">
        <h2 id="org-new" className="ds-heading" data-size="sm">
          {m.newHeading}
        </h2>
        <OrganisationForm action={createOrganisationAction} />
      </section>
    </div>
  );
}
