import { ActionForm } from "@/components/ui/action-form";
import { formatDateTime, isoTime } from "@/lib/format";
import type { GroupDetails } from "@/lib/groups/queries";
import { t } from "@/lib/i18n";
import { withdrawJoinRequestAction } from "../actions";
import { JoinRequestForm } from "../join-request-form";

type Props = { group: GroupDetails; pending: { id: string; createdAt: Date } | null };

/** For non-members: how to join, the open request, or that the group takes none. */
export function JoinSection({ group, pending }: Props) {
  const s = t.groups.search;
  return (
    <section aria-labelledby="bli-med" className="ds-card flex flex-col gap-3">
      <h2 id="bli-med" className="ds-heading" data-size="sm">
        {t.groups.requestForm.submit}
      </h2>
      {group.joinPolicy === "closed" ? (
        <p className="ds-paragraph">{t.groups.group.closed}</p>
      ) : pending ? (
        <>
          <p>
            <span className="ds-tag" data-color="warning">
              {s.pending}
            </span>
          </p>
          <p className="ds-paragraph" data-size="sm">
            {t.groups.requests.sent}:{" "}
            <time dateTime={isoTime(pending.createdAt)}>{formatDateTime(pending.createdAt)}</time>
          </p>
          <ActionForm
            size="sm"
            action={withdrawJoinRequestAction}
            fields={{ requestId: pending.id, slug: group.slug }}
            label={t.groups.requests.withdraw}
            pendingLabel={t.groups.requests.withdrawing}
            variant="secondary"
          />
        </>
      ) : (
        <>
          <p className="ds-paragraph">
            {group.joinPolicy === "automatic" && group.domains.length > 0
              ? s.automaticDomains(group.domains.join(", "))
              : s.byRequest}
          </p>
          <JoinRequestForm groupId={group.id} slug={group.slug} />
        </>
      )}
    </section>
  );
}
