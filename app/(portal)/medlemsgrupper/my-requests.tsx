import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { formatDateTime, isoTime } from "@/lib/format";
import type { listMyJoinRequests } from "@/lib/groups/queries";
import { t } from "@/lib/i18n";
import { withdrawJoinRequestAction } from "./actions";
import { ScrollArea } from "@/components/ui/scroll-area";

type Request = Awaited<ReturnType<typeof listMyJoinRequests>>[number];

const statusColor = {
  pending: "warning",
  approved: "success",
  rejected: "danger",
  withdrawn: "neutral",
} as const;

/** Every join request the user has sent, with status and dates. */
export function MyRequests({ requests, q }: { requests: Request[]; q?: string }) {
  const m = t.groups.requests;
  return (
    <section aria-labelledby="mine-foresporsler" className="flex flex-col gap-4">
      <h2 id="mine-foresporsler" className="ds-heading" data-size="md">
        {m.heading}
      </h2>
      {requests.length === 0 ? (
        <p className="ds-paragraph">{m.empty}</p>
      ) : (
        <ScrollArea label={m.heading}>
          <table className="ds-table" data-border>
            <thead>
              <tr>
                <th scope="col">{m.group}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{m.sent}</th>
                <th scope="col">{m.decided}</th>
                <th scope="col">
                  <span className="sr-only">{m.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <td id={`foresporsel-${r.id}`}>
                    <Link href={`/medlemsgrupper/${r.groupSlug}`} className="ds-link">
                      {r.groupName}
                    </Link>
                  </td>
                  <td>
                    <span className="ds-tag" data-color={statusColor[r.status]}>
                      {t.groups.statuses[r.status]}
                    </span>
                    {r.decisionReason ? (
                      <p className="ds-paragraph mt-2" data-size="sm">
                        {m.reason}: {r.decisionReason}
                      </p>
                    ) : null}
                  </td>
                  <td>
                    <time dateTime={isoTime(r.createdAt)}>{formatDateTime(r.createdAt)}</time>
                  </td>
                  <td>
                    {r.decidedAt ? (
                      <time dateTime={isoTime(r.decidedAt)}>{formatDateTime(r.decidedAt)}</time>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td>
                    {r.status === "pending" ? (
                      <ActionForm
                        size="sm"
                        action={withdrawJoinRequestAction}
                        fields={{ requestId: r.id, q }}
                        label={m.withdraw}
                        pendingLabel={m.withdrawing}
                        variant="secondary"
                        describedBy={`foresporsel-${r.id}`}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
