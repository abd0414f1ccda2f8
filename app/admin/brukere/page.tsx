import type { Metadata } from "next";
import Link from "next/link";
import { requireSupport } from "@/lib/admin/guard";
import { limitAdminSearch } from "@/lib/admin/search-limit";
import { SEARCH_LIMIT, searchUsers } from "@/lib/admin/users";
import { t } from "@/lib/i18n";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { PidSearch } from "./pid-search";
import { ScrollArea } from "@/components/ui/scroll-area";

export function generateMetadata(): Metadata {
  return { title: t.admin.users.heading };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = (await searchParams).q;
  const q = (typeof raw === "string" ? raw : "").trim().slice(0, 200);
  const gate = await requireSupport(
    q ? `/admin/brukere?q=${encodeURIComponent(q)}` : "/admin/brukere",
  );
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.admin.users;
  const limited = q.length >= 2 ? await limitAdminSearch(gate.user.id) : null;
  const results = q.length >= 2 && !limited ? await searchUsers(q) : null;
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/brukere" />
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="ds-field grow">
          <label className="ds-label" htmlFor="q">
            {m.searchLabel}
          </label>
          <div data-field="description" id="q-hint">
            {m.hint}
          </div>
          <input
            className="ds-input"
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            minLength={2}
            maxLength={200}
            aria-describedby="q-hint"
          />
        </div>
        <button type="submit" className="ds-button" data-variant="primary">
          {m.search}
        </button>
      </form>
      <PidSearch />
      {limited ? (
        <div className="ds-alert" data-color="warning" role="alert">
          <p className="ds-paragraph">{limited}</p>
        </div>
      ) : null}
      {results === null ? null : results.length === 0 ? (
        <p className="ds-paragraph" role="status">
          {m.noResults}
        </p>
      ) : (
        <ScrollArea label={m.heading}>
          <table className="ds-table w-full" data-border>
            <caption>{m.resultsCaption(results.length, SEARCH_LIMIT)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.email}</th>
                <th scope="col">{m.role}</th>
                <th scope="col">{m.status}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link href={`/admin/brukere/${u.id}`} className="ds-link">
                      {u.name ?? m.unnamed}
                    </Link>
                  </td>
                  <td className="break-all">{u.primaryEmail ?? m.none}</td>
                  <td>{m.roles[u.role]}</td>
                  <td>
                    <span className="ds-tag" data-color={u.disabled ? "danger" : "success"}>
                      {u.disabled ? m.disabled : m.active}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </div>
  );
}
