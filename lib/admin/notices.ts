import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { DomainError } from "@/lib/actions/errors";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { notices } from "@/lib/db/schema";
import { t } from "@/lib/i18n";

export const noticeSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, t.admin.notices.errors.titleRequired)
    .max(120, t.admin.notices.errors.titleTooLong),
  body: z
    .string()
    .trim()
    .min(1, t.admin.notices.errors.bodyRequired)
    .max(2000, t.admin.notices.errors.bodyTooLong),
});

/** Operational notices for everyone (group_id null), newest first. */
export async function listOperationalNotices() {
  return getDb()
    .select()
    .from(notices)
    .where(isNull(notices.groupId))
    .orderBy(desc(notices.publishedAt))
    .limit(100);
}

export async function publishNotice(
  actor: Actor,
  input: z.infer<typeof noticeSchema>,
): Promise<string> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(notices)
      .values({ groupId: null, title: input.title, body: input.body, authorId: actor.userId })
      .returning({ id: notices.id });
    await recordAudit(
      {
        action: "admin.notice_published",
        actor,
        targetType: "notice",
        targetId: row!.id,
        details: { title: input.title },
      },
      tx,
    );
    return row!.id;
  });
}

/** Deletes an operational notice; group notices belong to the group admins. */
export async function deleteNotice(actor: Actor, noticeId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .delete(notices)
      .where(and(eq(notices.id, noticeId), isNull(notices.groupId)))
      .returning({ id: notices.id, title: notices.title });
    if (!row) throw new DomainError("notice_not_found", t.admin.notices.errors.notFound);
    await recordAudit(
      {
        action: "admin.notice_deleted",
        actor,
        targetType: "notice",
        targetId: row.id,
        details: { title: row.title },
      },
      tx,
    );
  });
}
