import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { RejectWithReasonForm } from "@/components/ui/reject-with-reason-form";
import { requireSupport } from "@/lib/admin/guard";
import { decidedRequest, listAllPendingRequests } from "@/lib/admin/requests";
import { formatDateTime } from "@/lib/format";
import { REASON_MAX_LENGTH } from "@/lib/groups/decisions";
import { t } from "@/lib/i18n";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { supportApproveRequestAction, supportRejectRequestAction } from "./actions";

export function generateMetadata(): Metadata {
  return { title: t.operations.requests.heading };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Pending requests across all groups, oldest first, with each group's admins. */
export default async function RequestsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const raw = params.eldre;
  const text = typeof raw === "string" ? raw.trim() : "";
  const gate = await requireSupport(
    text ? `/admin/foresporsler?eldre=${encodeURIComponent(text)}` : "/admin/foresporsler",
  );
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.operations.requests;
  const valid = text === "" || (/^\d{1,4}$/.test(text) && Number(text) <= 3650);
  const days = valid && text !== "" ? Number(text) : null;
  const [rows, decided] = await Promise.all([
    valid ? listAllPendingRequests(days) : [],
    decidedJustNow(params),
  ]);
  const kept = valid && text ? text : undefined;
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/foresporsler" />
      <p className="ds-paragraph">{m.lead}</p>
      {decided ? (
        <div className="ds-alert" data-color="success" role="status">
          {decided.status === "approved"
            ? m.approved(decided.requesterName ?? m.unnamed)
            : m.rejected(decided.requesterName ?? m.unnamed)}
        </div>
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="ds-field">
          <label className="ds-label" htmlFor="older-than">
            {m.olderThan}
          </label>
          <div data-field="description" id="older-than-hint">
            {m.olderThanHint}
          </div>
          <input
            className="ds-input"
            id="older-than"
            name="eldre"
            inputMode="numeric"
            defaultValue={text}
            aria-describedby={valid ? "older-than-hint" : "older-than-hint older-than-error"}
            aria-invalid={valid ? undefined : true}
          />
          {valid ? null : (
            <div className="ds-validation-message" data-field="validation" id="older-than-error">
              {m.invalidDays}
            </div>
          )}
        </div>
        <button type="submit" className="ds-button" data-variant="secondary">
          {m.filter}
        </button>
        {text ? (
          <Link href="/admin/foresporsler" className="ds-link">
            {m.reset}
          </Link>
        ) : null}
      </form>
      {rows.length === 0 ? (
        <p className="ds-paragraph">{days !== null ? m.emptyFiltered(days) : m.empty}</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={m.caption}>
          {rows.map((r) => {
            const name = r.requesterName ?? m.unnamed;
            return (
              <li key={r.id} className="ds-card flex flex-col gap-2 p-4" data-testid="request">
                <h2 className="ds-heading" data-size="xs" id={`request-${r.id}`}>
                  {name} – {r.groupName}
                </h2>
                {r.admins.length === 0 ? (
                  <p className="ds-paragraph" data-size="sm">
                    <span className="ds-tag mr-2" data-color="warning">
                      {m.noAdmin}
                    </span>
                    {m.noAdminHint}
                  </p>
                ) : null}
                <dl
                  className="ds-paragraph grid gap-x-4 sm:grid-cols-[max-content_1fr]"
                  data-size="sm"
                >
                  <dt className="font-semibold">{m.group}</dt>
                  <dd>
                    <Link href={`/medlemsgrupper/${r.groupSlug}`} className="ds-link">
                      {r.groupName}
                    </Link>
                  </dd>
                  <dt className="font-semibold">{m.sent}</dt>
                  <dd>{formatDateTime(r.createdAt)}</dd>
                  <dt className="font-semibold">{m.admins}</dt>
                  <dd>{r.admins.length ? r.admins.join(", ") : m.noAdmin}</dd>
                  {r.message ? (
                    <>
                      <dt className="font-semibold">{m.message}</dt>
                      <dd className="whitespace-pre-line break-words">{r.message}</dd>
                    </>
                  ) : null}
                </dl>
                <div className="flex flex-col gap-4">
                  <ActionForm
                    action={supportApproveRequestAction}
                    fields={{ requestId: r.id, eldre: kept }}
                    label={m.approve}
                    ariaLabel={m.approveLabel(name, r.groupName)}
                    pendingLabel={m.deciding}
                  />
                  <RejectWithReasonForm
                    action={supportRejectRequestAction}
                    fields={{ requestId: r.id, eldre: kept }}
                    reasonMax={REASON_MAX_LENGTH}
                    texts={{
                      reasonLabel: t.groups.admin.reasonLabel,
                      reject: m.reject,
                      rejecting: m.deciding,
                    }}
                    danger
                    ariaLabel={m.rejectLabel(name, r.groupName)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The request support just decided (`?utfort=…&foresporsel=<id>`), when the two agree. */
async function decidedJustNow(params: SearchParams) {
  const id = z.uuid().safeParse(params.foresporsel);
  if (!id.success) return null;
  const decided = await decidedRequest(id.data);
  const expected = { godkjent: "approved", avslatt: "rejected" }[String(params.utfort)];
  return decided && decided.status === expected ? decided : null;
}
