import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { ScrollArea } from "@/components/ui/scroll-area";
import { findPeopleForGroup } from "@/lib/admin/group-admins";
import { getGroupForSupport } from "@/lib/admin/groups";
import { requireSupport } from "@/lib/admin/guard";
import { organisationChoices } from "@/lib/admin/organisations";
import { t } from "@/lib/i18n";
import { AdminNav } from "../../admin-nav";
import { NoAccess } from "../../no-access";
import { searchParam } from "../../register-search";
import { addGroupAdminAction, removeDomainAction, updateGroupAction } from "../actions";
import { GroupForm } from "../group-form";
import { DomainForm } from "./domain-form";
import { RemoveAdminForm } from "./remove-admin-form";

export function generateMetadata(): Metadata {
  return { title: t.register.groups.heading };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** After a change that reloads the page: ?utfort=<code>. */
const doneText = (): Record<string, string> => ({
  opprettet: t.register.groups.created,
  "domene-fjernet": t.register.domains.removed,
  "admin-lagt-til": t.register.admins.made,
  "admin-fjernet": t.register.admins.removed,
});

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function GroupAdminPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const gate = await requireSupport(`/admin/medlemsgrupper/${encodeURIComponent(id)}`);
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const group = UUID.test(id) ? await getGroupForSupport(id) : null;
  if (!group) notFound();
  const person = searchParam(query.person);
  const [organisations, people] = await Promise.all([
    organisationChoices(),
    person.length >= 2 ? findPeopleForGroup(group.id, person) : Promise.resolve(null),
  ]);
  const r = t.register;
  const code = searchParam(query.utfort);
  const doneTexts = doneText();
  const done = Object.hasOwn(doneTexts, code) ? doneTexts[code] : null;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-8">
      <p>
        <Link href="/admin/medlemsgrupper" className="ds-link">
          {r.groups.back}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {group.name}
      </h1>
      <AdminNav current="/admin/medlemsgrupper" />
      {done ? (
        <div className="ds-alert" data-color="success" role="status">
          {done}
        </div>
      ) : null}
      <p className="ds-paragraph">
        {r.groups.organisation}:{" "}
        {group.organisationId ? (
          <Link href={`/admin/virksomheter/${group.organisationId}`} className="ds-link">
            {group.organisationName}
          </Link>
        ) : (
          "–"
        )}
        {" · "}
        {r.groups.policy}: {r.policies[group.joinPolicy]}
        {" · "}
        <Link href={`/medlemsgrupper/${group.slug}`} className="ds-link">
          {r.groups.groupPage}
        </Link>
      </p>

      <section aria-labelledby="domains" className="flex flex-col gap-3">
        <h2 id="domains" className="ds-heading" data-size="sm">
          {r.domains.heading}
        </h2>
        <p className="ds-paragraph">{r.domains.lead}</p>
        <p className="ds-paragraph">{r.domains.removeNote}</p>
        {group.domains.length === 0 ? (
          <p className="ds-paragraph">{r.domains.empty}</p>
        ) : (
          <ScrollArea label={r.domains.caption}>
            <table className="ds-table w-full" data-border>
              <caption className="sr-only">{r.domains.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{r.domains.domain}</th>
                  <th scope="col">{r.domains.subdomains}</th>
                  <th scope="col">
                    <span className="sr-only">{r.domains.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {group.domains.map((d) => (
                  <tr key={d.id}>
                    <td className="break-all">{d.domain}</td>
                    <td>{d.includeSubdomains ? r.domains.yes : r.domains.no}</td>
                    <td>
                      <ActionForm
                        action={removeDomainAction}
                        fields={{ groupId: group.id, domainId: d.id }}
                        label={r.domains.remove}
                        ariaLabel={r.domains.removeLabel(d.domain)}
                        pendingLabel={r.domains.removing}
                        variant="secondary"
                        size="sm"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
        <h3 className="ds-heading" data-size="xs">
          {r.domains.addHeading}
        </h3>
        <DomainForm groupId={group.id} automatic={group.joinPolicy === "automatic"} />
      </section>

      <section aria-labelledby="admins" className="flex flex-col gap-3">
        <h2 id="admins" className="ds-heading" data-size="sm">
          {r.admins.heading}
        </h2>
        <p className="ds-paragraph">{r.admins.lead}</p>
        {group.admins.length === 0 ? (
          <p className="ds-paragraph">{r.admins.none}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {group.admins.map((a) => (
              <li key={a.userId} className="ds-card flex flex-col gap-2 p-4">
                <p className="ds-paragraph">
                  <strong>{a.name ?? r.admins.unnamed}</strong>
                  {a.email ? <span className="break-all"> · {a.email}</span> : null}
                </p>
                <RemoveAdminForm
                  groupId={group.id}
                  userId={a.userId}
                  name={a.name ?? r.admins.unnamed}
                  last={group.admins.length === 1}
                />
              </li>
            ))}
          </ul>
        )}
        <h3 className="ds-heading" data-size="xs">
          {r.admins.addHeading}
        </h3>
        <form method="get" role="search" className="flex flex-wrap items-end gap-3">
          <div className="ds-field grow">
            <label className="ds-label" htmlFor="person">
              {r.admins.findLabel}
            </label>
            <div data-field="description" id="person-hint">
              {r.admins.findHint}
            </div>
            <input
              className="ds-input"
              id="person"
              name="person"
              type="search"
              defaultValue={person}
              maxLength={200}
              aria-describedby="person-hint"
            />
          </div>
          <button type="submit" className="ds-button" data-variant="secondary">
            {r.admins.find}
          </button>
        </form>
        {person && person.length < 2 ? <p className="ds-paragraph">{r.admins.tooShort}</p> : null}
        {people === null ? null : people.length === 0 ? (
          <p className="ds-paragraph" role="status">
            {r.admins.noHits}
          </p>
        ) : (
          <ul className="flex flex-col gap-3" aria-label={r.admins.hitsCaption}>
            {people.map((p) => (
              <li key={p.id} className="ds-card flex flex-col gap-2 p-4">
                <p className="ds-paragraph">
                  <strong>{p.name ?? r.admins.unnamed}</strong>
                  {p.primaryEmail ? <span className="break-all"> · {p.primaryEmail}</span> : null}
                  {" · "}
                  {p.groupRole === "admin"
                    ? r.admins.statusAdmin
                    : p.groupRole === "member"
                      ? r.admins.statusMember
                      : r.admins.statusNone}
                </p>
                {p.groupRole === "admin" ? null : (
                  <ActionForm
                    action={addGroupAdminAction}
                    fields={{ groupId: group.id, userId: p.id }}
                    label={r.admins.make}
                    ariaLabel={r.admins.makeLabel(p.name ?? r.admins.unnamed)}
                    pendingLabel={r.admins.making}
                    variant="secondary"
                    size="sm"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="group-edit" className="flex flex-col gap-3">
        <h2 id="group-edit" className="ds-heading" data-size="sm">
          {r.groups.editHeading}
        </h2>
        <GroupForm
          action={updateGroupAction}
          organisations={organisations}
          group={{
            id: group.id,
            name: group.name,
            description: group.description,
            organisationId: group.organisationId,
            joinPolicy: group.joinPolicy,
            slug: group.slug,
          }}
        />
      </section>
    </div>
  );
}
