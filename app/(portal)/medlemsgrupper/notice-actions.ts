"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/action";
import { t } from "@/lib/i18n";
import { noticeFieldsSchema } from "@/lib/notices/schedule";
import { endNotice, publishGroupNotice } from "@/lib/notices/write";

const group = {
  groupId: z.uuid(),
  slug: z.string().regex(/^[a-z0-9-]{1,100}$/),
};
const tabOf = (v: Record<string, string>) =>
  /^[a-z0-9-]{1,100}$/.test(v.slug ?? "")
    ? `/medlemsgrupper/${v.slug}?fane=driftsmeldinger`
    : "/medlemsgrupper";

/** A group admin publishes a notice for their own group; lib/notices checks the admin right. */
export const publishGroupNoticeAction = userAction(
  noticeFieldsSchema.extend(group),
  async ({ groupId, slug, ...fields }, { actor }) => {
    await publishGroupNotice(actor, groupId, fields);
    revalidatePath(`/medlemsgrupper/${slug}`);
    return { ok: true, message: t.admin.notices.published };
  },
  { stepUp: { returnTo: tabOf }, name: "group.publishNotice" },
);

/** A group admin ends a notice of their own group. */
export const endGroupNoticeAction = userAction(
  z.object({ noticeId: z.uuid(), ...group }),
  async ({ groupId, slug, noticeId }, { actor }) => {
    await endNotice(actor, noticeId, { kind: "group-admin", groupId });
    revalidatePath(`/medlemsgrupper/${slug}`);
    return { ok: true, message: t.operations.notices.ended };
  },
  { stepUp: { returnTo: tabOf }, name: "group.endNotice" },
);
