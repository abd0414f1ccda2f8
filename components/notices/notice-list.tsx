import { formatDateTime, isoTime } from "@/lib/format";

type NoticeItem = { id: string; title: string; body: string; publishedAt: Date };

/** Operational notices, newest first, or a sentence when there are none. */
export function NoticeList({ notices, emptyText }: { notices: NoticeItem[]; emptyText: string }) {
  if (notices.length === 0) return <p className="ds-paragraph">{emptyText}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {notices.map((n) => (
        <li key={n.id} className="ds-card p-4">
          <p className="ds-paragraph font-semibold">{n.title}</p>
          <p className="ds-paragraph" data-size="sm">
            {n.body}
          </p>
          <p className="ds-paragraph text-(--ds-color-neutral-text-subtle)" data-size="xs">
            <time dateTime={isoTime(n.publishedAt)}>{formatDateTime(n.publishedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
