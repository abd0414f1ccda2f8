import type { Metadata } from "next";
import { NoticeAdminList } from "@/components/notices/notice-admin-list";
import { NoticeForm } from "@/components/notices/notice-form";
import { noticeFormTexts } from "@/components/notices/notice-form-texts";
import { requireSupport } from "@/lib/admin/guard";
import { listOperationalNotices } from "@/lib/admin/notices";
import { groupChoices } from "@/lib/admin/services";
import { now } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { endNoticeAction, publishNoticeAction } from "../actions";
import { AdminNav } from "../admin-nav";
import { NoAccess } from "../no-access";

export function generateMetadata(): Metadata {
  return { title: t.admin.notices.heading };
}

/** Every notice, everyone's and each group's: publish (scheduled, by severity) and end. */
export default async function NoticesPage() {
  const gate = await requireSupport("/admin/driftsmeldinger");
  if (!gate.ok) return <NoAccess reason={gate.reason} />;
  const m = t.admin.notices;
  const [items, groups] = await Promise.all([listOperationalNotices(), groupChoices()]);
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
        <NoticeForm action={publishNoticeAction} groups={groups} texts={noticeFormTexts()} />
      </section>
      <section aria-labelledby="notice-list" className="flex flex-col gap-3">
        <h2 id="notice-list" className="ds-heading" data-size="sm">
          {m.listHeading}
        </h2>
        <NoticeAdminList
          items={items}
          at={now()}
          endAction={endNoticeAction}
          emptyText={m.empty}
          showAudience
        />
      </section>
    </div>
  );
}
