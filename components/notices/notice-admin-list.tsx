import { ActionForm } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/actions/state";
import type { Notice } from "@/lib/db/schema";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";

type Item = { notice: Notice; groupName?: string | null };

function status(notice: Notice, at: Date): "active" | "scheduled" | "ended" {
  if (notice.visibleUntil && notice.visibleUntil <= at) return "ended";
  return notice.visibleFrom > at ? "scheduled" : "active";
}

const STATUS_COLOR = { active: "success", scheduled: "info", ended: "neutral" } as const;
const SEVERITY_COLOR = { info: "info", warning: "warning", critical: "danger" } as const;

/** Notices with their status and schedule, each with `Avslutt` while not ended. */
export function NoticeAdminList({
  items,
  at,
  endAction,
  fields,
  emptyText,
  showAudience,
}: {
  items: Item[];
  at: Date;
  endAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields besides the notice's id (the group on a group page). */
  fields?: Record<string, string>;
  emptyText: string;
  showAudience?: boolean;
}) {
  const n = t.operations.notices;
  if (items.length === 0) return <p className="ds-paragraph">{emptyText}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {items.map(({ notice, groupName }) => {
        const s = status(notice, at);
        const severity = (notice.severity in SEVERITY_COLOR ? notice.severity : "info") as
          "info" | "warning" | "critical";
        return (
          <li key={notice.id} className="ds-card flex flex-col gap-2 p-4" data-testid="notice">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="ds-heading" data-size="xs">
                {notice.title}
              </h3>
              <span className="ds-tag" data-color={SEVERITY_COLOR[severity]}>
                {n.severities[severity]}
              </span>
              <span className="ds-tag" data-color={STATUS_COLOR[s]}>
                {n.status[s]}
              </span>
            </div>
            <p className="ds-paragraph whitespace-pre-line break-words">{notice.body}</p>
            <dl className="ds-paragraph grid gap-x-4 sm:grid-cols-[max-content_1fr]" data-size="sm">
              {showAudience ? (
                <>
                  <dt className="font-semibold">{n.forGroup}</dt>
                  <dd>{groupName ?? n.forAll}</dd>
                </>
              ) : null}
              <dt className="font-semibold">{n.shownFrom}</dt>
              <dd>{formatDateTime(notice.visibleFrom)}</dd>
              {notice.visibleUntil ? (
                <>
                  <dt className="font-semibold">{n.shownUntil}</dt>
                  <dd>{formatDateTime(notice.visibleUntil)}</dd>
                </>
              ) : null}
            </dl>
            {s !== "ended" ? (
              <ActionForm
                action={endAction}
                fields={{ ...fields, noticeId: notice.id }}
                label={n.end}
                ariaLabel={n.endLabel(notice.title)}
                pendingLabel={n.ending}
                variant="secondary"
                danger
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
