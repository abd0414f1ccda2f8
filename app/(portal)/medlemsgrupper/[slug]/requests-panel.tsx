import { ActionForm } from "@/components/ui/action-form";
import { RejectWithReasonForm } from "@/components/ui/reject-with-reason-form";
import { REQUESTS_PER_PAGE, type PendingRequestPage } from "@/lib/groups/admin-queries";
import { formatDateTime, isoTime } from "@/lib/format";
import { REASON_MAX_LENGTH } from "@/lib/groups/decisions";
import { t } from "@/lib/i18n";
import { approveJoinRequestAction, rejectJoinRequestAction } from "../actions";
import { Pager, tabPage } from "./pager";

type Props = { page: PendingRequestPage; slug: string };

/**
 * Pending requests of the group, a page at a time: who, their confirmed emails, message, when.
 * The page loads them with listPendingRequests, which refuses anyone but the group's admins.
 */
export function RequestsPanel({ page, slug }: Props) {
  const m = t.groups.admin;
  const { requests, total } = page;
  const from = (page.page - 1) * REQUESTS_PER_PAGE + 1;
  return (
    <div className="flex flex-col gap-4">
      <h2 className="ds-heading" data-size="sm">
        {m.requestsHeading}
      </h2>
      {requests.length === 0 ? <p className="ds-paragraph">{m.noRequests}</p> : null}
      {page.pages > 1 ? (
        <p className="ds-paragraph" id="foresporsler-viser">
          {m.showing(from, from + requests.length - 1, total)}
        </p>
      ) : null}
      <ul className="flex flex-col gap-4">
        {requests.map((r) => {
          const name = r.name ?? t.groups.unnamed;
          const headingId = `foresporsel-${r.id}`;
          return (
            <li key={r.id}>
              <article className="ds-card flex flex-col gap-3" aria-labelledby={headingId}>
                <h3 className="ds-heading" data-size="xs" id={headingId}>
                  {m.requestFrom(name)}
                </h3>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                  <dt className="font-medium">{m.received}</dt>
                  <dd>
                    <time dateTime={isoTime(r.createdAt)}>{formatDateTime(r.createdAt)}</time>
                  </dd>
                  <dt className="font-medium">{m.confirmedEmails}</dt>
                  <dd>
                    {r.confirmedEmails.length === 0 ? (
                      m.noConfirmedEmails
                    ) : (
                      <ul>
                        {r.confirmedEmails.map((address) => (
                          <li key={address} className="break-all">
                            {address}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                  <dt className="font-medium">{m.message}</dt>
                  <dd className="whitespace-pre-line break-words">{r.message ?? m.noMessage}</dd>
                </dl>
                <div className="flex flex-col gap-4 border-t border-(--ds-color-neutral-border-subtle) pt-4">
                  <ActionForm
                    size="sm"
                    action={approveJoinRequestAction}
                    fields={{ requestId: r.id, slug, side: String(page.page) }}
                    label={m.approve}
                    pendingLabel={m.approving}
                    describedBy={headingId}
                  />
                  <RejectWithReasonForm
                    action={rejectJoinRequestAction}
                    fields={{ requestId: r.id, slug, side: String(page.page) }}
                    reasonMax={REASON_MAX_LENGTH}
                    texts={{
                      reasonLabel: m.reasonLabel,
                      reject: m.reject,
                      rejecting: m.rejecting,
                    }}
                    describedBy={headingId}
                  />
                </div>
              </article>
            </li>
          );
        })}
      </ul>
      <Pager
        label={m.pagesLabel}
        page={page.page}
        pages={page.pages}
        href={(n) => tabPage(slug, "foresporsler", n)}
      />
    </div>
  );
}
