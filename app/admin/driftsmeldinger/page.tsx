import type { Metadata } from "next";
import { ActionForm } from "@/components/ui/action-form";
import { requireSupport } from "@/lib/admin/guard";
import { listOperationalNotices } from "@/lib/admin/notices";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { deleteNoticeAction } from "../actions";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";
import { NoticeForm } from "./notice-form";

export const metadata: Metadata = { title: t.admin.notices.heading };

export default async function NoticesPage() {
  const gate = await requireSupport("/admin/driftsmeldinger");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.admin.notices;
  const notices = await listOperationalNotices();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="ds-heading" data-size="lg">
        {m.heading}
      </h1>
      <AdminNav current="/admin/driftsmeldinger" />
      <p className="ds-paragraph">{m.lead}</p>
      <section aria-labelledby="new-notice" className="flex flex-col gap-3">
        <h2 id="new-notice" className="ds-heading" data-size="sm">
          {m.publishHeading}
        </h2>
        <NoticeForm />
      </section>
      <section aria-labelledby="notice-list" className="flex flex-col gap-3">
        <h2 id="notice-list" className="ds-heading" data-size="sm">
          {m.listHeading}
        </h2>
        {notices.length === 0 ? (
          <p className="ds-paragraph">{m.empty}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {notices.map((n) => (
              <li key={n.id} className="ds-card flex flex-col gap-2 p-4">
                <h3 className="ds-heading" data-size="xs">
                  {n.title}
                </h3>
                <p className="ds-paragraph whitespace-pre-line">{n.body}</p>
                <p className="ds-paragraph" data-size="sm">
                  {m.publishedAt}: {formatDateTime(n.publishedAt)}
                </p>
                <ActionForm
                  action={deleteNoticeAction}
                  fields={{ noticeId: n.id }}
                  label={m.delete}
                  ariaLabel={m.deleteLabel(n.title)}
                  pendingLabel={m.deleting}
                  variant="secondary"
                  danger
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
