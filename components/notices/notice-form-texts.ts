import "server-only";
import { t } from "@/lib/i18n";

/**
 * The notice form's labels, read on the server in the request's language and handed to the
 * client form as strings, so the admin and operations catalogues stay out of the browser.
 */
export function noticeFormTexts() {
  const m = t.admin.notices;
  const n = t.operations.notices;
  return {
    titleLabel: m.titleLabel,
    titleHint: m.titleHint,
    bodyLabel: m.bodyLabel,
    bodyHint: m.bodyHint,
    publish: m.publish,
    publishing: m.publishing,
    severityLabel: n.severityLabel,
    severities: { ...n.severities },
    fromLabel: n.fromLabel,
    fromHint: n.fromHint,
    untilLabel: n.untilLabel,
    untilHint: n.untilHint,
    audienceLegend: n.audienceLegend,
    audienceAll: n.audienceAll,
    audienceGroups: n.audienceGroups,
    groupFilter: { ...t.operations.groupFilter },
  };
}

export type NoticeFormTexts = ReturnType<typeof noticeFormTexts>;
