import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { detailsText, listAuditEvents } from "@/lib/admin/audit-log";
import { requireSupport } from "@/lib/admin/guard";
import { limitAdminSearch } from "@/lib/admin/search-limit";
import { auditActionLabel } from "@/lib/audit/actions";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: t.admin.audit.heading };

const filterSchema = z.object({
  handling: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z0-9._-]*$/i)
    .optional(),
  bruker: z.union([z.uuid(), z.literal("")]).optional(),
  eldre: z.coerce.number().int().positive().optional(),
});

type SearchParams = Record<string, string | string[] | undefined>;

function link(filter: { handling?: string; bruker?: string }, before?: number): string {
  const params = new URLSearchParams();
  if (filter.handling) params.set("handling", filter.handling);
  if (filter.bruker) params.set("bruker", filter.bruker);
  if (before) params.set("eldre", String(before));
  const query = params.toString();
  return query ? `/admin/revisjonslogg?${query}` : "/admin/revisjonslogg";
}

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const gate = await requireSupport("/admin/revisjonslogg");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.admin.audit;
  const raw = Object.fromEntries(
    Object.entries(await searchParams).filter(([, v]) => typeof v === "string"),
  );
  const parsed = filterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const limited = await limitAdminSearch(gate.user.id);
  const { events, olderBefore } = limited
    ? { events: [], olderBefore: null }
    : await listAuditEvents({
        action: filter.handling || undefined,
        userId: filter.bruker || undefined,
        before: filter.eldre,
      });
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/revisjonslogg" />
      <form method="get" className="flex flex-wrap items-end gap-4" aria-label={m.filters}>
        <div className="ds-field">
          <label className="ds-label" htmlFor="handling">
            {m.actionLabel}
          </label>
          <div data-field="description" id="handling-hint">
            {m.actionHint}
          </div>
          <input
            className="ds-input"
            id="handling"
            name="handling"
            defaultValue={filter.handling ?? ""}
            maxLength={100}
            aria-describedby="handling-hint"
          />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="bruker">
            {m.userLabel}
          </label>
          <div data-field="description" id="bruker-hint">
            {m.userHint}
          </div>
          <input
            className="ds-input"
            id="bruker"
            name="bruker"
            defaultValue={filter.bruker ?? ""}
            maxLength={36}
            aria-describedby="bruker-hint"
          />
        </div>
        <button type="submit" className="ds-button" data-variant="primary">
          {m.apply}
        </button>
        <Link href="/admin/revisjonslogg" className="ds-button" data-variant="tertiary">
          {m.reset}
        </Link>
      </form>
      {parsed.success ? null : (
        <div className="ds-alert" data-color="warning" role="status">
          {m.invalidFilter}
        </div>
      )}
      {limited ? (
        <div className="ds-alert" data-color="warning" role="alert">
          <p className="ds-paragraph">{limited}</p>
        </div>
      ) : events.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <ScrollArea label={m.caption}>
          <table className="ds-table w-full" data-size="sm">
            <caption>{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.at}</th>
                <th scope="col">{m.action}</th>
                <th scope="col">{m.actor}</th>
                <th scope="col">{m.target}</th>
                <th scope="col">{m.ip}</th>
                <th scope="col">{m.details}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="whitespace-nowrap">{formatDateTime(e.at)}</td>
                  <td>{auditActionLabel(e.action)}</td>
                  <td>
                    {e.actorUserId ? (
                      <Link href={`/admin/brukere/${e.actorUserId}`} className="ds-link">
                        {e.actorName ?? t.admin.users.unnamed}
                      </Link>
                    ) : (
                      m.system
                    )}
                  </td>
                  <td className="break-all">
                    {e.targetType && e.targetId ? `${e.targetType}=${e.targetId}` : ""}
                  </td>
                  <td>{e.ip ?? ""}</td>
                  <td className="break-all">{detailsText(e.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <div className="flex gap-4">
        {filter.eldre ? (
          <Link href={link(filter)} className="ds-button" data-variant="secondary">
            {m.newest}
          </Link>
        ) : null}
        {olderBefore ? (
          <Link href={link(filter, olderBefore)} className="ds-button" data-variant="secondary">
            {m.older}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
