import { formatDateTime, isoTime } from "@/lib/format";
import { t } from "@/lib/i18n";

type NoticeItem = {
  id: string;
  title: string;
  body: string;
  publishedAt: Date;
  severity?: string;
};

const COLOR = { info: "info", warning: "warning", critical: "danger" } as const;

function severityOf(value: string | undefined): keyof typeof COLOR {
  return value === "warning" || value === "critical" ? value : "info";
}

/** Operational notices in the order given (most severe first), or a sentence when there are none. */
export function NoticeList({ notices, emptyText }: { notices: NoticeItem[]; emptyText: string }) {
  if (notices.length === 0) return <p className="ds-paragraph">{emptyText}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {notices.map((n) => {
        const severity = severityOf(n.severity);
        return (
          <li key={n.id} className="ds-card flex flex-col gap-1 p-4" data-testid="notice">
            <p className="ds-paragraph flex flex-wrap items-center gap-2 font-semibold">
              {severity !== "info" ? (
                <span className="ds-tag" data-color={COLOR[severity]}>
                  {t.operations.notices.severities[severity]}
                </span>
              ) : null}
              {n.title}
            </p>
            <p className="ds-paragraph whitespace-pre-line" data-size="sm">
              {n.body}
            </p>
            <p className="ds-paragraph text-(--ds-color-neutral-text-subtle)" data-size="xs">
              <time dateTime={isoTime(n.publishedAt)}>{formatDateTime(n.publishedAt)}</time>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
