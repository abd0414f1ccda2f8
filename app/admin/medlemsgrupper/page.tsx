import type { Metadata } from "next";
import Link from "next/link";
import { ScrollArea } from "@/components/ui/scroll-area";
import { listGroupsForSupport } from "@/lib/admin/groups";
import { requireSupport } from "@/lib/admin/guard";
import { organisationChoices, REGISTER_LIST_LIMIT } from "@/lib/admin/organisations";
import { t } from "@/lib/i18n";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { RegisterSearch, searchParam } from "../register-search";
import { createGroupAction } from "./actions";
import { GroupForm } from "./group-form";

export function generateMetadata(): Metadata {
  return { title: t.register.groups.heading };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GroupsAdminPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = searchParam(params.q);
  const gate = await requireSupport(
    q ? `/admin/medlemsgrupper?q=${encodeURIComponent(q)}` : "/admin/medlemsgrupper",
  );
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.register.groups;
  const [rows, organisations] = await Promise.all([listGroupsForSupport(q), organisationChoices()]);
  const preselected = searchParam(params.virksomhet, 40);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/medlemsgrupper" />
      <p className="ds-paragraph">{m.lead}</p>
      <section aria-labelledby="group-list" className="flex flex-col gap-3">
        <h2 id="group-list" className="ds-heading" data-size="sm">
          {m.listHeading}
        </h2>
        <RegisterSearch q={q} label={m.searchLabel} path="/admin/medlemsgrupper" />
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
                  <th scope="col">{m.organisation}</th>
                  <th scope="col">{m.policy}</th>
                  <th scope="col">{m.members}</th>
                  <th scope="col">{m.admins}</th>
                  <th scope="col">{m.pending}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((g) => (
                  <tr key={g.id}>
                    <td>
                      <Link href={`/admin/medlemsgrupper/${g.id}`} className="ds-link">
                        {g.name}
                      </Link>
                    </td>
                    <td>{g.organisationName ?? "–"}</td>
                    <td>{t.register.policies[g.joinPolicy]}</td>
                    <td>{g.members}</td>
                    <td>{g.admins.length ? g.admins.join(", ") : m.noAdmins}</td>
                    <td>{g.pending}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </section>
      <section aria-labelledby="group-new-heading" id="group-new" className="flex flex-col gap-3">
        <h2 id="group-new-heading" className="ds-heading" data-size="sm">
          {m.newHeading}
        </h2>
        {organisations.length === 0 ? (
          <p className="ds-paragraph">
            <Link href="/admin/virksomheter" className="ds-link">
              {m.noOrganisations}
            </Link>
          </p>
        ) : (
          <GroupForm
            action={createGroupAction}
            organisations={organisations}
            organisationId={preselected}
          />
        )}
      </section>
    </div>
  );
}
