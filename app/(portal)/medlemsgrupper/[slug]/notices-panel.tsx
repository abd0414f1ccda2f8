import { NoticeAdminList } from "@/components/notices/notice-admin-list";
import { NoticeForm } from "@/components/notices/notice-form";
import { noticeFormTexts } from "@/components/notices/notice-form-texts";
import { now } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { listGroupNoticesForAdmin } from "@/lib/notices/write";
import { endGroupNoticeAction, publishGroupNoticeAction } from "../notice-actions";

/** The `Driftsmeldinger` tab: a group admin publishes and ends notices for their group. */
export async function NoticesPanel({ groupId, slug }: { groupId: string; slug: string }) {
  const n = t.operations.notices;
  const notices = await listGroupNoticesForAdmin(groupId);
  const fields = { groupId, slug };
  return (
    <>
      <p className="ds-paragraph">{n.groupLead}</p>
      <section aria-labelledby="group-notice-new" className="flex flex-col gap-3">
        <h2 id="group-notice-new" className="ds-heading" data-size="sm">
          {n.groupPublishHeading}
        </h2>
        <NoticeForm action={publishGroupNoticeAction} fields={fields} texts={noticeFormTexts()} />
      </section>
      <section aria-labelledby="group-notice-list" className="flex flex-col gap-3">
        <h2 id="group-notice-list" className="ds-heading" data-size="sm">
          {n.groupListHeading}
        </h2>
        <NoticeAdminList
          items={notices.map((notice) => ({ notice }))}
          at={now()}
          endAction={endGroupNoticeAction}
          fields={fields}
          emptyText={n.groupEmpty}
        />
      </section>
    </>
  );
}
