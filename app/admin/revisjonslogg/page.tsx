import type { Metadata } from "next";
import Link from "next/link";
import {
  AUDIT_TARGET_TYPES,
  auditFilterOf,
  auditFilterSchema,
  auditQueryString,
  type AuditQuery,
} from "@/lib/admin/audit-filter";
import { detailsText, listAuditEvents } from "@/lib/admin/audit-log";
import { requireSupport } from "@/lib/admin/guard";
import { limitAdminSearch } from "@/lib/admin/search-limit";
import { AUDIT_ACTIONS, auditActionLabel, isAuditAction } from "@/lib/audit/actions";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { ScrollArea } from "@/components/ui/scroll-area";

export function generateMetadata(): Metadata {
  return { title: t.admin.audit.heading };
}

type SearchParams = Record<string, string | string[] | undefined>;

function link(query: AuditQuery, before?: number): string {
  const search = auditQueryString(query, before ? { eldre: String(before) } : {});
  return search ? `/admin/revisjonslogg?${search}` : "/admin/revisjonslogg";
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
  const parsed = auditFilterSchema.safeParse(raw);
  const filter: AuditQuery = parsed.success ? parsed.data : {};
  const limited = await limitAdminSearch(gate.user.id);
  const { events, olderBefore } = limited
    ? { events: [], olderBefore: null }
    : await listAuditEvents(auditFilterOf(filter));
  const x = t.operations.auditExport;
  const exportQuery = auditQueryString(filter);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/revisjonslogg" />
      <form
        method="get"
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
        aria-label={m.filters}
      >
        {filter.bruker ? <input type="hidden" name="bruker" value={filter.bruker} /> : null}
        <div className="ds-field">
          <label className="ds-label" htmlFor="utforer">
            {x.actorLabel}
          </label>
          <div data-field="description" id="utforer-hint">
            {x.actorHint}
          </div>
          <input
            className="ds-input"
            id="utforer"
            name="utforer"
            defaultValue={filter.utforer ?? ""}
            maxLength={100}
            aria-describedby="utforer-hint"
          />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="handling">
            {x.actionLabel}
          </label>
          <select
            className="ds-input"
            id="handling"
            name="handling"
            defaultValue={filter.handling ?? ""}
          >
            <option value="">{x.allActions}</option>
            {filter.handling && !isAuditAction(filter.handling) ? (
              <option value={filter.handling}>{`${filter.handling}*`}</option>
            ) : null}
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {auditActionLabel(action)}
              </option>
            ))}
          </select>
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="maltype">
            {x.targetTypeLabel}
          </label>
          <select
            className="ds-input"
            id="maltype"
            name="maltype"
            defaultValue={filter.maltype ?? ""}
          >
            <option value="">{x.allTargets}</option>
            {AUDIT_TARGET_TYPES.map((type) => (
              <option key={type} value={type}>
                {x.targetTypes[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="mal">
            {x.targetIdLabel}
          </label>
          <input
            className="ds-input"
            id="mal"
            name="mal"
            defaultValue={filter.mal ?? ""}
            maxLength={100}
          />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="fra">
            {x.fromLabel}
          </label>
          <input
            className="ds-input"
            id="fra"
            name="fra"
            type="date"
            defaultValue={filter.fra ?? ""}
          />
        </div>
        <div className="ds-field">
          <label className="ds-label" htmlFor="til">
            {x.untilLabel}
          </label>
          <input
            className="ds-input"
            id="til"
            name="til"
            type="date"
            defaultValue={filter.til ?? ""}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="ds-button" data-variant="primary">
            {m.apply}
          </button>
          <Link href="/admin/revisjonslogg" className="ds-button" data-variant="tertiary">
            {m.reset}
          </Link>
        </div>
      </form>
      {parsed.success ? (
        <div className="flex flex-col gap-1">
          <a
            href={`/admin/revisjonslogg/csv${exportQuery ? `?${exportQuery}` : ""}`}
            className="ds-button self-start"
            data-variant="secondary"
            download
            aria-describedby="csv-hint"
          >
            {x.download}
          </a>
          <p className="ds-paragraph" data-size="sm" id="csv-hint">
            {x.downloadHint}
          </p>
        </div>
      ) : null}
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
